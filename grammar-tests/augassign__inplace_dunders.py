# === __iadd__ mutates, __add__ fallback rebinds ===
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + other.items)
    def __repr__(self):
        return f"Bag({self.items})"

class MutBag(Bag):
    def __iadd__(self, other):
        print("  __iadd__")
        self.items += other.items
        return self

a = Bag([1])
alias = a
a += Bag([2])
print(a, alias, a is alias)

m = MutBag([1])
alias = m
m += Bag([2])
print(m, alias, m is alias)

# === __iadd__ returning NotImplemented falls back ===
class Picky(Bag):
    def __iadd__(self, other):
        print("  __iadd__ declines")
        return NotImplemented

p = Picky([0])
p += Bag([9])
print(p, type(p).__name__)

# === every in-place operator name ===
class Trace:
    def __init__(self):
        self.ops = []
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow",
             "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"]:
    def make(n):
        def method(self, other):
            self.ops.append(n)
            return self
        return method
    setattr(Trace, f"__{name}__", make(name))

t = Trace()
t += 1; t -= 1; t *= 1; t /= 1; t //= 1; t %= 1; t **= 1
t <<= 1; t >>= 1; t &= 1; t |= 1; t ^= 1; t @= 1
print(t.ops)

# === missing in-place and binary ===
class Nothing:
    pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n @= 1
except TypeError as e:
    print("TypeError:", e)
