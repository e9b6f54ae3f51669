# === maketrans forms ===
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33", "d": 100})
print(sorted(t3.items()), "abcd".translate(t3))

# === translate with plain dicts ===
print("hello".translate({ord("l"): "L"}), "hello".translate({104: None, 111: "0"}), "abc".translate({}), "日本".translate({ord("日"): "月"}))

# === stripping punctuation ===
punct = str.maketrans("", "", "!,.?;:")
print("Hello, world! How are you?".translate(punct).lower().split())
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello World".translate(rot13), "Hello World".translate(rot13).translate(rot13))

# === errors ===
for call in [lambda: str.maketrans("abc", "xy"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans("a"), lambda: str.maketrans(1), lambda: "a".translate({97: 5}), lambda: str.maketrans({1.5: "x"})]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
