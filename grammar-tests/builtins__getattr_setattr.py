# === getattr with defaults ===
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "fallback"), getattr(Config, "debug"))
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1), getattr(c, "missing", None))

# === setattr / delattr / hasattr ===
setattr(c, "level", 3)
setattr(c, "name", "renamed")
print(c.level, c.name, hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "level"))
delattr(c, "level")
print(hasattr(c, "level"))
setattr(Config, "shared", [1])
print(c.shared, Config.shared)
for key, value in {"host": "localhost", "port": 80}.items():
    setattr(c, key, value)
print(sorted(vars(c).items()))

# === __getattr__ fallback ===
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        if name.startswith("x_"):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy("hello")
print(p.upper(), hasattr(p, "title"), hasattr(p, "x_y"), getattr(p, "x_y", "default"))

# === errors ===
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(Config, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
