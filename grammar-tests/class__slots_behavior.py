# === __slots__ restricts attributes ===
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

# === unset slot ===
class Lazy:
    __slots__ = ["value"]
l = Lazy()
try:
    l.value
except AttributeError as e:
    print("AttributeError:", e)
l.value = 5
print(l.value)
del l.value
print(hasattr(l, "value"))

# === subclass without slots gets a __dict__ ===
class Point3(Point):
    pass
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
