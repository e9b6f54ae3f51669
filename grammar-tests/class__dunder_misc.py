# === __getattr__ only for missing attributes, __getattribute__ not overridden ===
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = []
    def __getattr__(self, name):
        self.hits.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p.count(1), p._target, p.hits)
try:
    p.missing_method
except AttributeError as e:
    print("AttributeError:", e)

# === __setattr__ and __delattr__ ===
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")

f = Frozen(a=1)
print(f.a)
for action in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

# === __index__ lets objects be used as indices ===
class Two:
    def __index__(self):
        return 2
lst = ["a", "b", "c", "d"]
print(lst[Two()], lst[:Two()], bin(Two()), hex(Two()), range(10)[Two()])

# === __int__, __float__, __round__ ===
class Approx:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return round(self.v, n)
a = Approx(3.14159)
print(int(a), float(a), round(a), round(a, 2))
