# allow-import: dataclasses
from dataclasses import dataclass, field, fields, MISSING

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)
    count: int = field(default=1, init=True)

# === defaults and factories ===
a = Item('pen')
b = Item('pen')
a.tags.append('office')
print(a, b, a == b, a.tags is not b.tags)
print(Item('ink', 2.5, ['a'], 'hidden', 3))

# === fields() introspection ===
for f in fields(Item):
    print(f.name, f.type.__name__ if isinstance(f.type, type) else f.type, f.default is MISSING, f.default_factory is MISSING, f.repr, f.compare)

# === init=False and __post_init__ ===
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3) == Rect(2, 3))

# === errors ===
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print('ValueError', e)
try:
    Item()
except TypeError as e:
    print('TypeError', e)
