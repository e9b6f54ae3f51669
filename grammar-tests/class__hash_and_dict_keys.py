# === user objects as dict keys and set members ===
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"C({self.x},{self.y})"

visited = {Coord(0, 0), Coord(0, 1), Coord(0, 0)}
print(len(visited), Coord(0, 1) in visited, Coord(5, 5) in visited)
costs = {Coord(0, 0): 0, Coord(1, 0): 4}
costs[Coord(1, 0)] += 1
print(costs, costs.get(Coord(2, 2), "inf"))

# === hash consistency with equality across types ===
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Num) else other)
    def __hash__(self):
        return hash(self.v)

d = {1: "int one", Num(2): "num two"}
print(d[Num(1)], d[2], Num(3) == 3, 3 == Num(3))

# === mutating a key after insertion breaks lookup ===
k = Coord(9, 9)
table = {k: "nine"}
k.x = 10
print(Coord(9, 9) in table, Coord(10, 9) in table, k in table, len(table))

# === __hash__ = None makes instances unhashable explicitly ===
class Mutable:
    __hash__ = None
try:
    hash(Mutable())
except TypeError as e:
    print("TypeError:", e)

# === hash of tuples containing user objects ===
print(hash((Coord(1, 2), 3)) == hash((Coord(1, 2), 3)), {(Coord(1, 2), "a"): 1}[(Coord(1, 2), "a")])
