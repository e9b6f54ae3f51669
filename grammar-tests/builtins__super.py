# === cooperative __init__ ===
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        self.log.append("Child")
c = Child("n", 5)
print(c.name, c.extra, c.log)

# === diamond MRO ===
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])

# === explicit two-argument form and classmethods ===
class E(D):
    def hello(self):
        return super(B, self).hello()
print(E().hello())
class Shape:
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
class Square(Shape):
    @classmethod
    def create(cls):
        return "square: " + super().create()
print(Square.create())

# === overriding __repr__ / __eq__ via super ===
class Tagged(object):
    def __repr__(self):
        return "Tagged"
class Sub(Tagged):
    def __repr__(self):
        return "Sub<" + super().__repr__() + ">"
print(repr(Sub()))

# === properties through super ===
class P:
    @property
    def value(self):
        return 1
class Q(P):
    @property
    def value(self):
        return super().value + 10
print(Q().value)

# === errors ===
class R(A):
    def bad(self):
        return super().missing()
try:
    R().bad()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
