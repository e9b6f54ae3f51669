# === plain and escaped ===
print(ascii("hello"), ascii("café"), ascii("日本"), ascii("😀"), ascii("tab\there"))
print(ascii(42), ascii(1.5), ascii(None), ascii(True))
print(ascii(["é", "a", 1]), ascii({"ключ": "значение"}), ascii(("ü",)))
print(ascii("\x00\x7f\x80\xff"), ascii("\u2028"), ascii("'"), ascii('"'), ascii("both ' and \""))

# === difference from repr ===
for s in ["naïve", "x", "Ω≈ç"]:
    print(repr(s), ascii(s), repr(s) == ascii(s))

# === user __repr__ with non-ascii ===
class City:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"City({self.name!r})"
print(ascii(City("Zürich")), repr(City("Zürich")))
print(f"{'é'!a}", "%a" % "é")

# === errors ===
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
