# === decorating methods ===
def trace(method):
    def wrapper(self, *args):
        result = method(self, *args)
        print(f"{type(self).__name__}.{method.__name__}{args} -> {result}")
        return result
    return wrapper

class Calculator:
    def __init__(self, base):
        self.base = base

    @trace
    def add(self, n):
        return self.base + n

    @trace
    def scale(self, a, b):
        return self.base * a * b

c = Calculator(10)
c.add(5)
c.scale(2, 3)

# === validation decorator with arguments ===
def require_positive(*names):
    def deco(func):
        def wrapper(**kwargs):
            for n in names:
                if kwargs.get(n, 0) <= 0:
                    raise ValueError(f"{n} must be positive, got {kwargs.get(n)}")
            return func(**kwargs)
        return wrapper
    return deco

@require_positive("width", "height")
def area(width, height):
    return width * height

print(area(width=3, height=4))
try:
    area(width=3, height=0)
except ValueError as e:
    print("ValueError:", e)

# === class decorator ===
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, "two"), [Point(0, 0)])

# === registering classes ===
PLUGINS = {}
def plugin(name):
    def deco(cls):
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls
    return deco

@plugin("upper")
class Upper:
    def run(self, s):
        return s.upper()

@plugin("reverse")
class Reverse:
    def run(self, s):
        return s[::-1]

for name, cls in PLUGINS.items():
    print(name, cls.plugin_name, cls().run("Hello"))

# === decorators stacked with property and staticmethod ===
def twice(f):
    def wrapper(*a):
        return f(*a) * 2
    return wrapper

class Shape:
    def __init__(self, side):
        self.side = side

    @property
    @twice
    def perimeter_half(self):
        return self.side * 2

    @staticmethod
    @twice
    def unit():
        return 1

print(Shape(3).perimeter_half, Shape.unit())
