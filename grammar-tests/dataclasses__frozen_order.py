# allow-import: dataclasses
from dataclasses import dataclass, FrozenInstanceError, field

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

# === frozen ===
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    del p.y
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(p) == hash(Point(1, 2)), {p, Point(1, 2)} == {p}, p)

# === ordering ===
@dataclass(order=True)
class Version:
    major: int
    minor: int
    label: str = field(default='', compare=False)
vs = [Version(1, 10), Version(1, 2, 'beta'), Version(0, 9)]
print(sorted(vs), Version(1, 2) < Version(1, 10), Version(1, 2, 'a') == Version(1, 2, 'b'), max(vs))
try:
    Version(1, 0) < 5
except TypeError as e:
    print('TypeError', e)

# === eq False and unsafe_hash ===
@dataclass(eq=False)
class Handle:
    v: int
print(Handle(1) == Handle(1))
@dataclass(unsafe_hash=True)
class Key:
    k: str
print(hash(Key('a')) == hash(Key('a')), Key('a') in {Key('a')})

# === errors ===
try:
    @dataclass(order=True, eq=False)
    class Broken:
        a: int
except ValueError as e:
    print('ValueError', e)
