# Attribute resolution when classes change after instances (and subclasses)
# have been used: data descriptors win over the instance's own value, which
# wins over non-data descriptors and plain class attributes.


class Base:
    kind = "base"

    def hello(self):
        return "hello from Base"


class Child(Base):
    pass


c = Child()
c.x = 1
c.kind_seen = c.kind
print(c.x, c.kind, c.kind_seen, c.hello())

# A property added to a base after the subclass's instances read `x`.
Base.x = property(lambda self: "property x")
print(c.x, c.__dict__["x"])
try:
    c.x = 5
except AttributeError:
    print("AttributeError: no setter")

# A setter turns writes into calls; a deleter takes `del`.
store = {}


def set_x(self, v):
    store["x"] = v * 10


Base.x = property(lambda self: store.get("x", "unset"), set_x, lambda self: store.pop("x"))
c.x = 7
print(c.x, store, c.__dict__["x"])
del c.x
print(c.x, store)

# Replacing the property with a plain value uncovers the instance's own value,
# and so does deleting it.
Base.x = "plain class x"
print(c.x, Base.x)
Base.x = property(lambda self: "property again")
print(c.x)
del Base.x
print(c.x)
c.x = 2
print(c.x, c.__dict__)


# Non-data descriptor: the instance's own value wins; without one, __get__.
class Getter:
    def __get__(self, obj, owner):
        return "got via " + owner.__name__


Base.y = Getter()
print(c.y)
c.y = "own y"
print(c.y)
del c.y
print(c.y)

# Adding __set__ to the descriptor's class makes it a data descriptor.
log = []
Getter.__set__ = lambda self, obj, value: log.append(value)
c.y = "through set"
print(c.y, log, "y" in c.__dict__)
del Getter.__set__
c.y = "own again"
print(c.y, log)
del Base.y
print(c.y)


# Data descriptor defined with __delete__ only still wins on reads.
class DeleteOnly:
    def __get__(self, obj, owner):
        return "delete-only descriptor"

    def __delete__(self, obj):
        print("deleting through descriptor")


class Holder:
    def __init__(self):
        self.d = "own d"


h = Holder()
print(h.d)
Holder.d = DeleteOnly()
print(h.d)
del h.d
del Holder.d
print(h.d)

# Class attribute mutation after instance creation, and `del` on class attrs.
Base.kind = "changed"
print(c.kind)
Child.kind = "child kind"
print(c.kind, Base().kind)
del Child.kind
print(c.kind)
del Base.kind
try:
    c.kind
except AttributeError as e:
    print("AttributeError:", e)

# Methods replaced on a base after the subclass called them.
print(c.hello())
Base.hello = lambda self: "replaced hello"
print(c.hello())
c.hello = lambda: "instance hello"
print(c.hello())
del c.hello
print(c.hello())
del Base.hello
try:
    c.hello()
except AttributeError as e:
    print("AttributeError:", e)


# __getattr__ only for misses, including one added after instances exist.
class Fallback:
    def __init__(self):
        self.real = "real"


f = Fallback()
print(f.real)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
Fallback.__getattr__ = lambda self, name: "fallback " + name
print(f.real, f.missing)
Fallback.real = property(lambda self: "property beats instance")
print(f.real)
del Fallback.real
print(f.real)


# __setattr__ added to a class after instances were written to.
class Tracked:
    pass


t = Tracked()
t.a = 1
Tracked.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
t.a = 5
t.b = 6
print(t.a, t.b)
del Tracked.__setattr__
t.a = 5
print(t.a)


# __slots__ restricts writes; a subclass without slots lifts it.
class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", type(e).__name__)


class Unslotted(Slotted):
    pass


u = Unslotted()
u.a = 3
u.b = 4
print(s.a, u.a, u.b)


# A class-level counter updated while instances read their own attributes.
class Counter:
    made = 0

    def __init__(self, n):
        Counter.made += 1
        self.n = n

    def double(self):
        return self.n * 2


total = 0
for i in range(5):
    total += Counter(i).double()
print(total, Counter.made)

# An instance of the class itself kept as a class attribute is no descriptor.
Counter.default = Counter(100)
k = Counter(1)
print(k.n, k.default.n, Counter.made)


# The same through a function's locals (read and written by the local's slot).
class Guarded:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v * 100

    @v.setter
    def v(self, value):
        self._v = value


def touch(obj, value):
    obj.v = value
    obj.w = value + 1
    obj.w += 1
    return obj.v, obj.w, obj._v


def touch_w(obj, value):
    obj.w = value
    obj.w += 1
    return obj.w


g = Guarded()
print(touch(g, 2))
Guarded.__setattr__ = lambda self, name, value: object.__setattr__(self, name, -value)
print(touch_w(g, 5))
del Guarded.__setattr__
print(touch_w(g, 5))
del Guarded.v
print(touch(g, 7), g.__dict__)
