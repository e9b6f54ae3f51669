# === split on whitespace ===
print("  a b\t\tc\n d  ".split(), "".split(), "   ".split(), "one".split(), "a\u2003b\x1cc\x85d".split())
print("a b c d".split(None, 1), "  a b c  ".split(maxsplit=1), "a b c".split(maxsplit=0), "a b c".split(maxsplit=-1))

# === split on a separator ===
print("a,b,,c,".split(","), "".split(","), ",".split(","), "a--b--c".split("--"), "abc".split("abc"), "aaa".split("aa"))
print("k=v=w".split("=", 1), "1.2.3.4".split(".", 2), "x".split("x", 5), "a,b,c".split(",", 0))

# === rsplit ===
print("a b c d".rsplit(None, 1), "a,b,c".rsplit(",", 1), "  a  b  ".rsplit(), "path/to/file.txt".rsplit("/", 1), "a.b.c".rsplit(".", maxsplit=5))
print("aaa".rsplit("aa"), "a b".rsplit(" ", 0))

# === parsing ===
line = "2024-01-15  INFO   server started   port=8080"
date, level, *msg = line.split(None, 2)
print(date, level, msg)
key, _, value = "name = Ann Lee".partition("=")
print(key.strip(), value.strip())
print([row.split(",") for row in "id,name\n1,ann\n2,bob".split("\n")])

# === errors ===
for call in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".rsplit(""), lambda: "a".split(",", "1"), lambda: "a".split(",", 1, 2)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
