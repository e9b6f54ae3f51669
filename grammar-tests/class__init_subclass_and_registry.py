# === __init_subclass__ registers plugins ===
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"  registered {key}")

class CsvPlugin(Plugin, name="csv"):
    pass

class JsonPlugin(Plugin):
    pass

class PrettyJson(JsonPlugin, name="pretty"):
    pass

print(sorted(Plugin.registry))
print(Plugin.registry["pretty"].__mro__[1].__name__)

# === __init_subclass__ enforcing an interface ===
class Shape:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "area" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define area()")

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Square(3).area())
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)

# === unknown class keyword ===
try:
    class Odd(Square, flavour="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
