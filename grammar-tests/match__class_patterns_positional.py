class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle():
            return "some circle"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 5), Circle(Point(1, 1), 20), Circle(Point(1, 1), 1),
          Rect(3, 3), Rect(2, 5), "text"]:
    print(describe(s))

# === builtin classes match their value with one positional pattern ===
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
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict():
            return "dict"
    return "other"

for v in [True, -3, 7, 2.5, "", "hi", [9, 8], [], {"a": 1}, None]:
    print(repr(v), "->", kind(v))

# === too many positional subpatterns ===
try:
    match Rect(1, 2):
        case Rect(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
