def attempt(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TypeError as e:
        return f"TypeError: {e}"

def none():
    return "ok"

def one(a):
    return a

def two(a, b=2):
    return a, b

def kwonly(*, key):
    return key

def varargs(a, *rest):
    return a, rest

# === too many / too few positional ===
print(attempt(none, 1))
print(attempt(one))
print(attempt(one, 1, 2))
print(attempt(two))
print(attempt(two, 1, 2, 3))
print(attempt(varargs))

# === keyword problems ===
print(attempt(one, b=1))
print(attempt(one, 1, a=2))
print(attempt(kwonly))
print(attempt(kwonly, 1))
print(attempt(kwonly, key=1, other=2))
print(attempt(two, 1, c=3, d=4))

# === methods count self in CPython's messages ===
class Greeter:
    def hello(self, name):
        return f"hello {name}"
    @staticmethod
    def static(x):
        return x
    @classmethod
    def build(cls, a, b):
        return cls

g = Greeter()
print(attempt(g.hello))
print(attempt(g.hello, "a", "b"))
print(attempt(Greeter.hello, "just one"))
print(attempt(Greeter.static))
print(attempt(Greeter.build, 1))

# === constructors ===
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(attempt(Point, 1))
print(attempt(Point, 1, 2, 3))
print(attempt(Point, 1, y=2, z=3))
