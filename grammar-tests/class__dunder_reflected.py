# === __radd__ lets sum() start from 0 ===
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__ called with {other!r}")
        return self.__add__(other)

    def __repr__(self):
        return f"Money({self.cents})"

print(sum([Money(100), Money(250), Money(5)]))
print(10 + Money(1))
print(Money(1) + 10)

# === reflected subtraction and ordering of operands ===
class Num:
    def __init__(self, v):
        self.v = v
    def __sub__(self, other):
        o = other.v if isinstance(other, Num) else other
        return Num(self.v - o)
    def __rsub__(self, other):
        return Num(other - self.v)
    def __rtruediv__(self, other):
        return Num(other / self.v)
    def __rpow__(self, other):
        return Num(other ** self.v)
    def __rfloordiv__(self, other):
        return Num(other // self.v)
    def __rmod__(self, other):
        return Num(other % self.v)
    def __repr__(self):
        return f"Num({self.v})"

print(Num(10) - 3, 10 - Num(3), 1 - Num(1), 9 / Num(2), 2 ** Num(10), 17 // Num(5), 17 % Num(5))

# === subclass reflected method takes priority ===
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Sub(Base):
    def __add__(self, other):
        return "Sub.__add__"
    def __radd__(self, other):
        return "Sub.__radd__"

print(Base(1) + Base(2), Base(1) + Sub(2), Sub(1) + Base(2))

# === both sides NotImplemented ===
class Opaque:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented

try:
    Opaque() + Opaque()
except TypeError as e:
    print("TypeError:", e)
try:
    1 + Opaque()
except TypeError as e:
    print("TypeError:", e)
try:
    Opaque() - 1
except TypeError as e:
    print("TypeError:", e)

# === in-place dunder ===
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self

acc = Acc()
same = acc
acc += "x"
acc += "y"
print(acc.items, acc is same)
