# === builtin types ===
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(3, object), isinstance(len, object), isinstance(range(3), range))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(1, ()), isinstance({1}, (set, frozenset)))

# === class hierarchy ===
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
p = Puppy()
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object), isinstance(Dog(), Puppy))
print(isinstance(Puppy, type), isinstance(Puppy, Animal))

# === dispatch on type ===
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, (list, tuple)):
        return f"seq of {len(v)}"
    if isinstance(v, dict):
        return "mapping"
    return "other"
print([describe(v) for v in [True, 3, 2.5, "x", [1, 2], (1,), {}, None]])

# === errors ===
for bad in [5, "int", [int], (int, 5)]:
    try:
        isinstance(1, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
