# allow-import: collections
from collections import namedtuple

# === basics ===
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), Point._fields)
print(Point(x=5, y=6), Point(7, y=8), repr(Point(0, 0)))
x, y = p
print(x + y, list(p), tuple(p), p[:1], [v * 10 for v in p])
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), (1, 2) == p)
print(p < Point(1, 3), max(Point(0, 9), Point(1, 0)), sorted([Point(2, 1), Point(1, 5)]))
print(p + (3,), (0,) + p, p * 2, 2 in p, p.count(1), p.index(2))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__)
lookup = {Point(0, 0): "origin", (1, 2): "tuple key"}
print(lookup[Point(1, 2)], lookup[(0, 0)], hash(Point(3, 4)) == hash((3, 4)))

# === methods ===
print(p._asdict(), p._replace(y=20), p, Point._make([8, 9]), Point._make(range(2)))
Emp = namedtuple("Emp", "name, dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cat", "eng", 110)]
by_salary = sorted(staff, key=lambda e: e.salary)
print([e.name for e in by_salary])
print(sum(e.salary for e in staff if e.dept == "eng"))
print({e.name: e._asdict()["dept"] for e in staff})

# === defaults and rename ===
Cfg = namedtuple("Cfg", "host port debug", defaults=[8080, False])
print(Cfg("localhost"), Cfg("h", 1), Cfg("h", debug=True), Cfg._field_defaults)
Row = namedtuple("Row", ["id", "def", "id", "_x"], rename=True)
print(Row._fields, Row(1, 2, 3, 4))

# === subclass with methods ===
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def flipped(self):
        return Vec(self.y, self.x)

    def __str__(self):
        return f"<{self.x}, {self.y}>"

v = Vec(3, 4)
print(v, repr(v), v.norm2(), v.flipped, str(v + Vec(1, 1)), isinstance(v, tuple))

# === pattern matching ===
def where(pt):
    match pt:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case _:
            return "elsewhere"
print([where(q) for q in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]])

# === errors ===
for thunk in [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=2),
    lambda: Point(1, 2, x=3),
    lambda: p._replace(z=1),
    lambda: Point._make([1]),
    lambda: p.z,
    lambda: namedtuple("Bad", "x _y"),
    lambda: namedtuple("Bad", "x x"),
    lambda: namedtuple("Bad", "x class"),
    lambda: namedtuple("Bad", "x 9y"),
    lambda: namedtuple("1Bad", "x"),
    lambda: namedtuple("Bad", "x y", defaults=[1, 2, 3]),
    lambda: p[5],
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
