# === __call__ makes instances callable ===
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value, *, twice=False):
        self.calls += 1
        r = value * self.factor
        return r * 2 if twice else r

m = Multiplier(3)
print(m(4), m(4, twice=True), m.calls, callable(m))
print(list(map(m, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))

# === class objects are callable; instances without __call__ are not ===
class Plain:
    pass

print(callable(Plain), callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)

# === bound methods are callable objects ===
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self, by=1):
        self.n += by
        return self.n

c = Counter()
inc = c.incr
inc(); inc(5)
print(c.n, inc.__self__ is c, inc.__name__, inc.__func__ is Counter.incr)

# === storing callables in data structures ===
handlers = {
    "double": lambda x: x * 2,
    "neg": lambda x: -x,
    "mult": Multiplier(10),
    "str": str,
    "counter": c.incr,
}
for name, fn in handlers.items():
    print(name, fn(7))

# === __call__ looked up on the class, not the instance ===
p = Plain()
p.__call__ = lambda: "instance attr"
try:
    p()
except TypeError as e:
    print("TypeError:", e)
