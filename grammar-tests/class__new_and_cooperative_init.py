# === __new__ controls instance creation ===
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("  creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)

# === __new__ returning a cached instance per key ===
class Color:
    _cache = {}
    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.name = key
            cls._cache[key] = obj
        return cls._cache[key]

print(Color("Red") is Color("RED"), Color("red").name, len(Color._cache))

# === cooperative __init__ with **kwargs across multiple inheritance ===
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")

class Named(Base):
    def __init__(self, name="anon", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")

class Sized(Base):
    def __init__(self, size=0, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.log.append("Sized")

class Item(Named, Sized):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Item")

it = Item(name="box", size=3)
print(it.name, it.size, it.log, [c.__name__ for c in Item.__mro__])
try:
    Item(name="x", colour="red")
except TypeError as e:
    print("TypeError:", e)
