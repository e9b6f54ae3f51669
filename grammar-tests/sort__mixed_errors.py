# === mixing types that compare ===
print(sorted([3, 1.5, True, 2, False]), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[1, 2], [1], []]), sorted(["b", "a", "B"]))

# === errors: uncomparable items ===
for data in [[1, "a"], ["a", 1], [None, None, 1], [(1, 2), (1, "a")], [{}, {}], [{1}, 2], [object(), 1]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)

# === list unchanged after failing sort ===
d = [3, "x", 1]
try:
    d.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(len(d), sorted(d, key=str))

# === exceptions from the key propagate ===
try:
    sorted(["1", "2", "x"], key=int)
except ValueError as e:
    print(type(e).__name__, e)

# === user __lt__ ===
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
print(sorted([Version("1.10"), Version("1.2"), Version("0.9.9")]), max([Version("2.0"), Version("10.0")]))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
