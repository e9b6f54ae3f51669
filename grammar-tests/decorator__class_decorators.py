# === class decorator registering classes ===
REGISTRY = {}

def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls

@register
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)

@register
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(sorted(REGISTRY))
print([REGISTRY[k](2).area() for k in sorted(REGISTRY)])

# === class decorator adding methods ===
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, "two"), [Point(0, 0)])

# === decorator with arguments on a class ===
def with_defaults(**defaults):
    def deco(cls):
        for k, v in defaults.items():
            setattr(cls, k, v)
        return cls
    return deco

@with_defaults(color="red", size=3)
class Widget:
    pass

w = Widget()
print(w.color, w.size, Widget.color)

# === decorator replacing the class with something else ===
def singleton(cls):
    return cls()

@singleton
class Config:
    value = 42
print(type(Config).__name__, Config.value)
