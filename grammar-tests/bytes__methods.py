# === searching ===
data = b"hello world, hello bytes"
print(data.find(b"hello"), data.rfind(b"hello"), data.index(b"world"), data.rindex(b"l"), data.count(b"l"), data.find(b"zz"), data.startswith(b"hell"), data.endswith((b"xyz", b"bytes")))

# === transforming ===
print(data.upper(), b"MiXeD 123".lower(), b"MiXeD".swapcase(), b"hello world".title(), b"hello".capitalize(), data.replace(b"hello", b"bye"), data.replace(b"l", b"L", 2))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"a,b,,c".split(b","), b" a  b ".split(), b"a b c".split(None, 1), b"a.b.c".rsplit(b".", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x"] * 3), b"key=value".partition(b"="), b"a/b/c".rpartition(b"/"), b"ab".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"line1\nline2\r\nline3".splitlines(), b"prefix_rest".removeprefix(b"prefix_"), b"name.txt".removesuffix(b".txt"))

# === predicates ===
for b in [b"abc", b"ABC", b"123", b"abc123", b" \t", b"", b"Hello"]:
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.isupper(), b.islower())

# === errors ===
for call in [lambda: data.index(b"zz"), lambda: data.find("hello"), lambda: b",".join(["a"]), lambda: data.replace("a", "b"), lambda: b"a".split("")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
