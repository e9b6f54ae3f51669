class Empty:
    pass

e = Empty()

# === defaults inherited from object ===
print(type(e).__name__, type(e) is Empty, isinstance(e, object), Empty.__bases__[0].__name__)
print(e == e, e != e, e.__class__ is Empty, Empty.__name__, Empty.__qualname__, Empty.__module__)
print(bool(e), hash(e) == hash(e), str(e) == repr(e))

# === __repr__ override shows in str ===
class Named:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Named({self.n!r})"

print(Named("x"), str(Named(1)), f"{Named(2)}", [Named(3)])

# === type() of classes and instances ===
print(type(Empty).__name__, type(type(e)).__name__, type(Named("a")).__name__)

# === dynamic attribute functions ===
obj = Named("dyn")
setattr(obj, "extra", [1])
print(getattr(obj, "extra"), hasattr(obj, "n"), hasattr(obj, "zz"))
delattr(obj, "extra")
print(hasattr(obj, "extra"), sorted(vars(obj)))

# === type as constructor call via type(obj)() ===
clone = type(obj)("copy")
print(clone, type(clone) is Named)
