# === sep and end ===
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="!\n")
print()
print(sep="-")
print("only", end=" ")
print("end", sep=None, end=None)
print(*["u", "v", "w"], sep=" | ")
print(*range(3))
print(*[], "solo")

# === str vs repr of items ===
print("text", 1.0, None, True, [1, "a"], {"k": "v"}, ("t",), b"b")

# === building lines ===
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for r in rows:
    print(*r, sep="\t")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")

# === user __str__ is used ===
class Item:
    def __str__(self):
        return "Item!"
    def __repr__(self):
        return "Item()"
print(Item(), [Item()], sep=" / ")

# === errors ===
for kw in [{"sep": 5}, {"end": 1}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except TypeError as e:
        print(type(e).__name__, e)
