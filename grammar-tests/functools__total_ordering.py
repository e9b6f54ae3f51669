# allow-import: functools
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

# === derived comparisons ===
a, b = Version('1.2.10'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version('2.0'), Version('1.9.9'), Version('1.10'), Version('1.2')]))
print(max(Version('0.1'), Version('0.0.9')))

# === based on __gt__ ===
@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Score(1) < Score(2), Score(3) <= Score(3), Score(5) >= Score(9))

# === NotImplemented falls through to TypeError ===
try:
    Version('1.0') <= 5
except TypeError as e:
    print('TypeError', e)

# === no ordering defined ===
try:
    @total_ordering
    class Bare:
        pass
except ValueError as e:
    print('ValueError', e)
