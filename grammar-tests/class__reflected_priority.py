# === subclass reflected method is tried first ===
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Num.__add__({self.v}, {getattr(o, 'v', o)})"
    def __radd__(self, o):
        return f"Num.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __lt__(self, o):
        return f"Num.__lt__"
    def __gt__(self, o):
        return f"Num.__gt__"

class Special(Num):
    def __radd__(self, o):
        return f"Special.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __gt__(self, o):
        return f"Special.__gt__"

class Plain(Num):
    pass

print(Num(1) + Num(2))
print(Num(1) + Special(2))
print(Num(1) + Plain(2))
print(1 + Num(5))
print(Num(1) < Special(2))
print(Num(1) < Plain(2))

# === reflected comparison when left has no method ===
class Left:
    pass

class Right:
    def __gt__(self, o):
        return "Right.__gt__ (reflected <)"
    def __le__(self, o):
        return "Right.__le__ (reflected >=)"
    def __eq__(self, o):
        return "Right.__eq__"

print(Left() < Right())
print(Left() >= Right())
print(Left() == Right())

# === reflected arithmetic on builtins returning NotImplemented ===
class Meters:
    def __init__(self, m):
        self.m = m
    def __rmul__(self, k):
        return Meters(self.m * k)
    def __rsub__(self, k):
        return Meters(k - self.m)
    def __rtruediv__(self, k):
        return Meters(k / self.m)
    def __repr__(self):
        return f"{self.m}m"

print(3 * Meters(2), 10 - Meters(4), 1 / Meters(4), 2.5 * Meters(2))
