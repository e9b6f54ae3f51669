# === function attributes ===
def area(width: float, height: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return width * height

print(area.__name__, area.__qualname__, area.__doc__)
print(area.__annotations__)
print(area.__defaults__, area.__kwdefaults__)

# === nested function qualnames ===
def outer():
    def inner():
        pass
    return inner

class Shape:
    def method(self):
        def helper():
            pass
        return helper

print(outer().__qualname__, Shape.method.__qualname__, Shape().method().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)

# === custom attributes on functions ===
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, hasattr(counter, "calls"), getattr(counter, "nope", "-"))

# === functions are first-class values ===
ops = {"area": area, "len": len, "upper": str.upper}
print(ops["area"](3, 4), ops["len"]("abc"), ops["upper"]("x"))
print(callable(area), callable(3), callable(str.upper), callable(Shape))

# === docstring absent ===
def nodoc():
    return 1
print(nodoc.__doc__, area.__doc__.split()[0])
