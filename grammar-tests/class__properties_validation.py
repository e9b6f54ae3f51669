class Product:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"price must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError("price cannot be negative")
        self._price = round(value, 2)

    @property
    def total(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, qty={self.qty})"

# === valid construction and computed property ===
p = Product("pen", 1.234, 10)
print(p, p.total)
p.price = 2
print(p.total)

# === validation errors ===
for bad in ["free", -1]:
    try:
        Product("x", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# === read-only property ===
try:
    p.total = 5
except AttributeError as e:
    print("AttributeError:", e)

# === property defined with property() call ===
class Circle:
    def __init__(self, r):
        self._r = r
    def _get_r(self):
        "the radius"
        return self._r
    def _set_r(self, v):
        self._r = abs(v)
    radius = property(_get_r, _set_r)

c = Circle(3)
c.radius = -5
print(c.radius, Circle.radius.__doc__)

# === inherited property overridden in subclass ===
class Discounted(Product):
    @property
    def total(self):
        return round(super().total * 0.9, 2)

print(Discounted("bag", 10, 3).total)
