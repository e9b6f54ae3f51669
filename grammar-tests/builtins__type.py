# === type of values ===
for v in [1, 1.5, "s", b"b", True, None, [], (), {}, set(), frozenset(), range(1), slice(1), len, print, type]:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(True) is int, type(type), type(int), type(1), type("s"))

# === user classes ===
class Animal:
    pass
class Dog(Animal):
    pass
d = Dog()
print(type(d) is Dog, type(d) is Animal, type(d).__name__, type(d), Dog, Dog.__name__, Dog.__qualname__)
print(type(d)() is not d, isinstance(type(d)(), Dog), type(Dog).__name__)

# === dispatch table keyed by type ===
handlers = {int: lambda v: v * 2, str: lambda v: v.upper(), list: len}
for v in [21, "hi", [1, 2, 3]]:
    print(handlers[type(v)](v))
def function():
    pass
gen = (x for x in [])
class Cat(Animal):
    def meow(self):
        return "meow"
print(type(function).__name__, type(gen).__name__, type(lambda: 0).__name__, type(Cat.meow).__name__, type(Cat().meow).__name__)

# === errors ===
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
