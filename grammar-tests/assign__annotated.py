# === annotated assignments at module level ===
count: int = 0
name: str = "widget"
ratio: float
print(count, name)
try:
    print(ratio)
except NameError as e:
    print("NameError:", e)
print(__annotations__["count"], __annotations__["ratio"])

# === annotations in functions do not create locals ===
def f():
    total: int
    items: list = []
    items.append(1)
    try:
        return total
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(f())

# === class-level annotations ===
class Point:
    x: int
    y: int = 0
    label: str = "p"

print(Point.y, Point.label, hasattr(Point, "x"), list(Point.__annotations__))

# === annotated attribute and subscript targets ===
class Box:
    pass
b = Box()
b.size: int = 3
d = {}
d["k"]: str = "v"
print(b.size, d)

# === augmented assignment after annotation ===
score: int = 10
score += 5
print(score)
