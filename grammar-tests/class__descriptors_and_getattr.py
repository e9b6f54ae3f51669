# === a simple data descriptor for validation ===
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
    def total(self):
        return self.qty * self.price

o = Order(3, 2.5)
print(o.qty, o.price, o.total())
for bad in [(0, 1), (1, -2)]:
    try:
        Order(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(type(Order.qty).__name__)

# === non-data descriptor is shadowed by the instance dict ===
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.name, value)
        print(f"  computed {self.name}")
        return value

class Report:
    def __init__(self, rows):
        self.rows = rows
    @Lazy
    def total(self):
        return sum(self.rows)

r = Report([1, 2, 3])
print(r.total, r.total, r.total)
print(type(Report.total).__name__)

# === descriptor with __delete__ ===
class Tracked:
    def __set_name__(self, owner, name):
        self.key = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__.get(self.key, "unset") if obj is not None else self
    def __set__(self, obj, value):
        print(f"  set {self.key}={value!r}")
        obj.__dict__[self.key] = value
    def __delete__(self, obj):
        print(f"  delete {self.key}")

class Model:
    field = Tracked()

m = Model()
m.field = 5
del m.field
print(m.field if False else "descriptor hooks ran")
