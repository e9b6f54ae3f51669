# === find / rfind ===
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find(""), s.rfind(""), s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 10), s.find("h", -5))
print("".find(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2), "aaa".find("aa", 1), "日本語本".find("本"), "日本語本".rfind("本"))

# === index / rindex ===
print(s.index("world"), s.rindex("l"), s.index("l", 4), s.rindex("hello", 0, 12))
for call in [lambda: s.index("xyz"), lambda: s.rindex("xyz"), lambda: s.index("hello", 1, 5)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)

# === finding all occurrences ===
def find_all(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(find_all("abracadabra", "abra"), find_all("aaaa", "aa"), find_all("abc", "z"))

# === errors ===
for call in [lambda: s.find(1), lambda: s.find("a", "1"), lambda: s.index(), lambda: s.find("a", 1.5)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(s.find("o", None, None), s.find("o", -100, 100))
