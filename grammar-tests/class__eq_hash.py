# === default equality is identity ===
class Plain:
    def __init__(self, v):
        self.v = v

a, b = Plain(1), Plain(1)
print(a == b, a == a, a != b, a in [b], a in [a])

# === __eq__ without __hash__ makes instances unhashable ===
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))
print(Point(0, 0) in [Point(1, 1), Point(0, 0)], [Point(3, 3)].index(Point(3, 3)))
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__ is None)

# === __eq__ and __hash__ together ===
class Key:
    def __init__(self, name, version):
        self.name, self.version = name, version
    def __eq__(self, other):
        return isinstance(other, Key) and (self.name, self.version) == (other.name, other.version)
    def __hash__(self):
        return hash((self.name, self.version))
    def __repr__(self):
        return f"Key({self.name!r}, {self.version})"

cache = {Key("a", 1): "first"}
cache[Key("a", 1)] = "overwritten"
cache[Key("a", 2)] = "second"
print(cache, len(cache))
unique = {Key("x", 1), Key("x", 1), Key("y", 1)}
print(len(unique), sorted(unique, key=lambda k: k.name))

# === __hash__ consistency with int ===
class IntLike:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other
    def __hash__(self):
        return hash(self.v)

d = {1: "one"}
print(d[IntLike(1)] if IntLike(1) in d else "absent", hash(IntLike(7)) == hash(7))

# === __ne__ derived from __eq__ ===
class Always:
    def __eq__(self, other):
        return True
    __hash__ = None

print(Always() != 5, Always() == None)

# === hash of ints ===
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(True))
