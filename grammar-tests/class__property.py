# === property with getter/setter ===
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)

# === read-only property ===
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)

# === computed properties ===
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    @property
    def is_square(self):
        return self.w == self.h

r = Rect(3, 4)
print(r.area, r.is_square)
r.w = 4
print(r.area, r.is_square)

# === property with deleter ===
class Cached:
    def __init__(self):
        self._value = None
        self.computations = 0

    @property
    def value(self):
        if self._value is None:
            self.computations += 1
            self._value = 42
        return self._value

    @value.deleter
    def value(self):
        self._value = None

c = Cached()
print(c.value, c.value, c.computations)
del c.value
print(c.value, c.computations)

# === property() called directly ===
class Legacy:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x * 10
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x)

lg = Legacy()
lg.x = 7
print(lg.x)

# === properties are inherited and can be overridden ===
class Base:
    @property
    def name(self):
        return "base"

class Derived(Base):
    @property
    def name(self):
        return "derived/" + super().name

print(Base().name, Derived().name)
