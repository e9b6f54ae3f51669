# === class patterns with keywords and __match_args__ ===
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

def describe(shape):
    match shape:
        case Point(0, 0):
            return "point at origin"
        case Point(x, 0):
            return f"point on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"point on diagonal at {x}"
        case Point(x, y):
            return f"point at {x},{y}"
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle(c, r):
            return f"circle r={r} at {c.x},{c.y}"
        case Rect(w=w, h=h) if w == h:
            return f"square of side {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case _:
            return "unknown shape"

shapes = [Point(0, 0), Point(3, 0), Point(2, 2), Point(1, 5), Circle(Point(0, 0), 1),
          Circle(Point(5, 5), 20), Circle(Point(1, 2), 3), Rect(Point(0, 0), 4, 4), Rect(Point(0, 0), 2, 3), "text"]
for s in shapes:
    print(describe(s))

# === builtin type patterns ===
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting with {x}"
        case list():
            return "empty list"
        case dict():
            return "dict"
        case tuple(t):
            return f"tuple of {len(t)}"
        case _:
            return "other"

for v in (True, -3, 8, 2.5, "hi", [9, 8], [], {"a": 1}, (1, 2), None):
    print(kind(v))

# === too many positional sub-patterns ===
class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

# === subclass instances match parent patterns ===
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

match Point3(1, 2, 3):
    case Point3(x, y, z):
        print("3d", x, y, z)
match Point3(1, 1, 9):
    case Point(x, y):
        print("matched as Point", x, y)
