# === partition and rpartition ===
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("".partition("x"), "abc".partition("abc"), "aXbXc".partition("X"), "aXbXc".rpartition("X"), "日本語".partition("本"))

# === parsing headers ===
headers = ["Content-Type: text/html", "X-Empty:", "Broken header", "Host: a:80"]
for h in headers:
    name, sep, value = h.partition(":")
    print(repr(name), bool(sep), repr(value.strip()))

# === file extensions ===
for fn in ["report.final.pdf", "README", ".bashrc", "archive.tar.gz"]:
    base, dot, ext = fn.rpartition(".")
    print(fn, "->", (base, ext) if dot else (fn, ""))

# === errors ===
for call in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None), lambda: "a".partition()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
