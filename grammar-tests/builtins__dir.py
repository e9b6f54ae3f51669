# === public names of builtin types ===
def public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]
print(public([]))
print(public(()))
print(public({}))
print(public(set()))
print(public(frozenset()))
print(public(1))
print(public(1.5))
print(public(range(1)))
print(len(public("")), public("")[:6], public("")[-4:])

# === user classes and instances ===
class Base:
    kind = "base"
    def greet(self):
        return "hi"
class Child(Base):
    size = 3
    def __init__(self):
        self.name = "c"
    def _private(self):
        pass
c = Child()
print(public(Child), public(c))
print([n for n in dir(c) if n.startswith("_") and not n.startswith("__")])
print("__init__" in dir(c), "greet" in dir(Child), "name" in dir(Child))

# === errors ===
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
