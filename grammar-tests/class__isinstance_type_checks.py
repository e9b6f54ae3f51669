# === isinstance with builtin types ===
values = [1, 1.0, "1", [1], (1,), {1: 1}, {1}, None, True, 10 ** 30, b"1"]
for v in values:
    print(f"{v!r:<22} {type(v).__name__:<9} int={isinstance(v, int)} num={isinstance(v, (int, float))} seq={isinstance(v, (list, tuple, str))}")

# === bool is a subclass of int ===
print(isinstance(True, int), type(True) is int, type(True) is bool, issubclass(bool, int))
print(True + True, True * 3.5, sum([True, False, True]))

# === type(x) is vs isinstance with subclasses ===
class Animal:
    pass
class Dog(Animal):
    pass

d = Dog()
print(type(d) is Dog, type(d) is Animal, isinstance(d, Animal), type(d).__name__)
print(issubclass(Dog, (int, Animal)), issubclass(Dog, object), issubclass(type(d), Animal))

# === dispatch on type ===
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, (list, tuple)):
        return f"sequence of {len(v)}"
    if isinstance(v, dict):
        return "mapping"
    if v is None:
        return "none"
    return "other"

print([describe(v) for v in (False, 3, 2.5, "s", [1, 2], (), {}, None, {1})])

# === type() of various values ===
print([type(v).__name__ for v in (lambda: 0, describe, Dog, d, range(3), (x for x in []))])
print(type(1) is type(2), type(1) is type(1.0), type("") is str, type([]) == list)
