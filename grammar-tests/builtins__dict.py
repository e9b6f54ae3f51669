# === constructor forms ===
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=3), dict(zip("abc", range(3))))
print(dict([("a", 1), ("a", 2)]), dict([[1, 2], (3, 4), "ab"]), dict({1: 1}.items()))

# === from a class with keys/__getitem__ ===
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()))

# === building a record ===
fields = ["name", "age", "city"]
values = ["Ann", 31, "Oslo"]
rec = dict(zip(fields, values))
rec2 = dict(rec, age=32)
print(rec, rec2, rec is rec2, rec == dict(reversed(list(rec.items()))))

# === errors ===
for bad in [[1, 2], [(1, 2, 3)], ["abc"], 5, [None]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([([1], 2)])
except TypeError as e:
    print(type(e).__name__, e)
