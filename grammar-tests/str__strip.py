# === whitespace ===
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()), repr("\t\n\x0b\x0c\r x \x1c\x1d\x1e\x1f\x85\xa0\u3000".strip()))
print(repr("".strip()), repr("   ".strip()), repr("x".strip()))

# === with chars ===
print("xxhixx".strip("x"), "<<a>>".strip("<>"), "www.example.com".strip("cmow."), "abcba".strip("ab"), "123abc321".lstrip("0123456789"), "path///".rstrip("/"))
print("aaa".strip("a") == "", "hello".strip(""), "  x  ".strip(None), "éxé".strip("é"), "mississippi".rstrip("ip"))

# === cleaning records ===
raw = ["  Alice ,30 ", "Bob,  25\n", "\tCarol,41\t"]
print([tuple(part.strip() for part in r.split(",")) for r in raw])
print([w.strip(".,!?;:") for w in "Hello, world! It works; yes.".split()])

# === errors ===
for call in [lambda: "a".strip(1), lambda: "a".lstrip(["a"]), lambda: "a".rstrip("a", "b")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
