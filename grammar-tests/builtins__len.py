# === builtin containers ===
print(len(""), len("héllo"), len("😀😀"), len([1, [2, 3]]), len(()), len({"a": 1}), len({1, 1, 2}), len(frozenset()))
print(len(b"\x00\x01"), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)), len(range(10**20)) == 10**20)
print(len({}.keys()), len({"a": 1, "b": 2}.items()), len({"a": 1}.values()))

# === user __len__ ===
class Bag:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Bag()), len(Bag(1, 2, 3)), bool(Bag()), bool(Bag(0)))

# === errors ===
for bad in [5, 2.5, None, iter([1]), (x for x in "a"), len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Negative:
    def __len__(self):
        return -1
class Floaty:
    def __len__(self):
        return 1.5
class Huge:
    def __len__(self):
        return 2**70
for obj in [Negative(), Floaty(), Huge()]:
    try:
        len(obj)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
