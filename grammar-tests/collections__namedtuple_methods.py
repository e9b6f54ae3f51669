# allow-import: collections
from collections import namedtuple

Point = namedtuple('Point', 'x y')
Color = namedtuple('Color', ['r', 'g', 'b'], defaults=[0])

# === construction ===
p = Point(1, y=2)
print(p, p.x + p.y, p[0], len(p), tuple(p))
print(Color(255, 128), Color._field_defaults)

# === _replace, _asdict, _make, _fields ===
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), Point._fields)

# === unpacking and comparison ===
x, y = p
print(x, y, p == (1, 2), p < Point(1, 3), hash(p) == hash((1, 2)))

# === rename ===
R = namedtuple('R', ['a', 'def', '1b', 'a'], rename=True)
print(R._fields)

# === subclassing ===
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))

# === errors ===
for args in [('Bad', 'x x'), ('Bad', 'class y'), ('Bad', '_x')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
