# === super().__str__ uses the subclass repr, __format__ and __ne__ fall back to object ===
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return super().__format__(spec) if not spec else format(self.c, spec)
    def __str__(self): return f"{self.c}C"
# === __format__ falling back to object.__format__ through super() ===
t = Temp(21.5)
print(f"{t}", f"{t:.1F}", f"{t:>8.2f}", format(t))
class R:
    def __repr__(self): return "R()"
    def __str__(self): return super().__str__() + "!"
print(str(R()), repr(R()))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __iter__(self): yield self.x; yield self.y
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
    def __repr__(self): return "Point({}, {})".format(*self)
p = Point(1, 2)
x, y = p
print(x, y, list(p), p == (1, 2), p == Point(1, 2), {p: 1}[Point(1, 2)], dict([p]), p)
print("{p.x}-{p.y}".format(p=p), "{0[1]}".format([5, 6]), "{:{w}}|".format("a", w=3), "%(a)s %(b)d" % {"a": "x", "b": 2})
class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Money(self.v + (o.v if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return f"${self.v}"
print(sum([Money(1), Money(2)]), Money(1) + 2, 3 + Money(1))
print(sorted([Money(3), Money(1)], key=lambda m: m.v))
class Base:
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__
class Sub(Base, prefix="x-"): pass
print(Sub.tag)

# === object.__format__ refuses a non-empty spec ===
class Plain:
    def __format__(self, spec):
        return super().__format__(spec)
    def __str__(self):
        return "plain"
print(f"{Plain()}", format(Plain(), ""))
try:
    format(Plain(), "<5")
except TypeError as e:
    print("TypeError:", e)

# === super().__ne__ inverts __eq__, ordering defaults decline ===
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __ne__(self, other):
        print("  Key.__ne__")
        return super().__ne__(other)
    def __lt__(self, other):
        return super().__lt__(other)
print(Key(1) != Key(1), Key(1) != Key(2))
try:
    Key(1) < Key(2)
except TypeError as e:
    print("TypeError:", e)
