# === defining __eq__ sets __hash__ to None ===
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point.__hash__ is None)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)

# === restoring hashability ===
class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))

s = {HPoint(1, 2), HPoint(1, 2), HPoint(3, 4)}
print(len(s), HPoint(1, 2) in s, {HPoint(0, 0): "origin"}[HPoint(0, 0)])

# === objects with neither use identity ===
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, len({a, b, a}))

# === __eq__ used by list methods ===
pts = [Point(0, 0), Point(1, 1), Point(0, 0)]
print(pts.count(Point(0, 0)), pts.index(Point(1, 1)), Point(1, 1) in pts)
pts.remove(Point(0, 0))
print(len(pts), pts[0].x, pts[0].y)

# === comparing with NotImplemented fallback to identity ===
class Picky:
    def __eq__(self, other):
        return NotImplemented
p = Picky()
print(p == p, p == Picky(), p != p)
