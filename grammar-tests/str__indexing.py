# === indexing by code point ===
s = "héllo wörld 😀!"
print(s[0], s[1], s[-1], s[-2], s[12], len(s), s[len(s) - 1])

# === slicing ===
print(s[:5], s[6:], s[::2], s[::-1], s[-6:-1], s[3:3], s[10:2], s[100:], s[-100:2], s[1:8:3], s[::-3])
for start, stop, step in [(None, None, -1), (5, None, -1), (None, 5, -2), (-1, -8, -2), (0, 100, 4)]:
    print((start, stop, step), repr(s[start:stop:step]))

# === common idioms ===
word = "racecar"
print(word == word[::-1], word[:3] + "..." , word[-3:], word[1:-1], "abcdef"[::2] + "abcdef"[1::2])
path = "/usr/local/bin/python3"
print(path[path.rfind("/") + 1:], path[:path.rfind("/")])

# === errors ===
for call in [lambda: s[100], lambda: s[-100], lambda: s["1"], lambda: s[1.0], lambda: s[::0]]:
    try:
        call()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
