# allow-import: enum
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
    def describe(self):
        return f'{self.name.title()} g={self.surface_gravity:.2f}'
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

# === member attributes and methods ===
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.MERCURY.surface_gravity, 3))
print([p.describe() for p in Planet], Planet.heaviest())

# === __str__ override and format ===
class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    def __str__(self):
        return self.name.lower()
print(str(Shape.SQUARE), f'{Shape.TRIANGLE}', repr(Shape.SQUARE), f'{Shape.SQUARE!r}')

# === hashing and dict keys ===
prices = {Shape.SQUARE: 10, Shape.TRIANGLE: 7}
print(prices[Shape(4)], sorted(prices, key=lambda s: s.value))

# === comparison semantics ===
print(Shape.SQUARE == 4, Shape.SQUARE is Shape(4), Shape.SQUARE != Shape.TRIANGLE)
try:
    Shape.SQUARE < Shape.TRIANGLE
except TypeError as e:
    print('TypeError', e)
