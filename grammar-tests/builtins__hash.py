# === numbers hash consistently ===
print(hash(0), hash(1), hash(-1), hash(-2), hash(10**20), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.0), hash(0.5), hash(float("inf")), hash(float("-inf")), hash(True), hash(False))
print(hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(None) == hash(None))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))

# === equal keys collapse in dicts ===
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({0, 0.0, False, -0.0}))

# === user __hash__ / __eq__ ===
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
print(hash(Point(1, 2)) == hash(Point(1, 2)), len({Point(1, 2), Point(1, 2), Point(2, 1)}))
class OnlyEq:
    def __eq__(self, other):
        return True
class Big:
    def __hash__(self):
        return 2**70
print(hash(Big()))

# === errors ===
for bad in [[1], {}, set(), ([1], 2), OnlyEq()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
