# === annotations are stored, not enforced ===
def scale(values: list[int], factor: float = 2.0) -> list[float]:
    return [v * factor for v in values]

print(scale([1, 2]), scale("ab", 2))
print(scale.__annotations__)

# === string annotations and arbitrary expressions ===
def f(a: "Node", b: 1 + 2, *args: int, c: dict = None, **kw: str) -> "Result":
    return a, b
print(f.__annotations__)

# === annotations with Optional-style unions ===
def g(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(g(), g(5), g.__annotations__["x"], g.__annotations__["return"])

# === lambda cannot have annotations but its function attrs exist ===
h = lambda x, y=1: x + y
print(h.__annotations__, h.__defaults__, h(1))

# === annotations on methods ===
class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y
    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

print(Point.__init__.__annotations__, Point(0, 0).dist(Point(3, 4)))
print(Point.dist.__annotations__)
