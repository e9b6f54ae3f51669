# === property with getter/setter/deleter ===
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)

# === cached computed property ===
class Report:
    def __init__(self, data):
        self.data = data
        self._total = None
    @property
    def total(self):
        if self._total is None:
            print("  computing total")
            self._total = sum(self.data)
        return self._total

r = Report([1, 2, 3])
print(r.total, r.total)

# === property objects on the class ===
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
