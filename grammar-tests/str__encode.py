# === utf-8 ===
print("hello".encode(), "café".encode(), "日本".encode("utf-8"), "😀".encode("UTF8"), len("😀".encode()), "é".encode(encoding="utf_8"))

# === ascii and latin-1 ===
print("abc".encode("ascii"), "café".encode("latin-1"), "ÿ".encode("latin1"), "Grüße".encode("iso-8859-1"))
print("café €".encode("ascii", "ignore"), "café €".encode("ascii", "replace"), "café €".encode("ascii", "backslashreplace"), "café €".encode("ascii", "xmlcharrefreplace"), "€😀".encode("latin-1", "backslashreplace"))

# === round trips ===
for s in ["plain", "naïve café", "日本語テキスト", "emoji 😀 mix"]:
    b = s.encode()
    print(len(s), len(b), b.decode() == s, b.decode("utf-8") == s)
print("café".encode("latin-1").decode("latin-1"), "café".encode().decode("latin-1"))

# === errors ===
for args in [("ascii",), ("latin-1",), ("nope",), ("ascii", "bogus"), (5,)]:
    try:
        "aé€€".encode(*args)
    except (UnicodeEncodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".encode("ascii", "bogus")
    print("unused handler is fine")
except LookupError as e:
    print(type(e).__name__, e)
