# === str() of values ===
print(str(), str(42), str(-1.5), str(1e100), str(True), str(None), str([1, "a"]), str({"k": "v"}), str((1,)), str(b"x"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"a\xff", "utf-8", "replace"), str(object="kw"))

# === __str__ vs __repr__ ===
class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
class ReprOnly:
    def __repr__(self):
        return "only repr"
print(str(Both()), str([Both()]), str(ReprOnly()), f"{ReprOnly()}", "%s" % Both())

# === conversion in string building ===
parts = [1, 2.5, None, True, "x"]
print(", ".join(str(p) for p in parts), "-".join(map(str, range(4))))

# === errors ===
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(b"x", "nope")
except LookupError as e:
    print(type(e).__name__, e)
