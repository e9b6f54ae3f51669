# === plain and tuple prefixes ===
url = "https://example.com/index.html"
print(url.startswith("https"), url.startswith("http://"), url.endswith(".html"), url.endswith((".htm", ".html")), url.startswith(("ftp", "http")))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""), "abc".startswith(()), "a".endswith("abc"))

# === with start / end ===
s = "hello world"
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wo", 6, 8), s.endswith("hello", 0, 5), s.endswith("o", 0, -6), s.startswith("", 11), s.startswith("", 12), s.endswith("d", -1))

# === filtering files ===
files = ["main.py", "test_main.py", "README.md", "setup.cfg", "test_utils.py", "notes.txt"]
print([f for f in files if f.endswith(".py") and not f.startswith("test_")])
print([f for f in files if f.endswith((".md", ".txt"))])

# === errors ===
for call in [lambda: s.startswith(["he"]), lambda: s.endswith(1), lambda: s.startswith(("a", 1)), lambda: s.startswith()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
