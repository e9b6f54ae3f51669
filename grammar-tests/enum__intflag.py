# allow-import: enum
from enum import IntFlag, auto

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

# === int behaviour ===
print(Mode.READ + 1, Mode.READ == 4, int(Mode.WRITE | Mode.EXEC), isinstance(Mode.READ, int))
print(str(Mode.READ), f'{Mode.WRITE}', format(Mode.READ, '03b'))

# === combining with ints ===
m = Mode.READ | Mode.WRITE
print(repr(m), str(m), m.name, m.value)
print(repr(Mode.READ | 8), repr(Mode(0)), repr(Mode(16)), repr(Mode.READ & 6))
print(repr(1 | Mode.WRITE), type(1 | Mode.WRITE).__name__)
print(repr(~Mode.READ), repr(~Mode(0)))

# === membership ===
print(Mode.READ in m, Mode.EXEC in m, list(m), len(m))

# === sorting and arithmetic ===
print(sorted([Mode.READ, Mode.EXEC, Mode.WRITE]), max(Mode), sum(Mode))

# === auto ===
class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
    ALL = A | B | C
print([(o.name, o.value) for o in Opt], Opt.ALL.value, repr(Opt(7)))

# === chmod-style ===
def describe(mode):
    return ''.join(ch if flag in mode else '-' for flag, ch in [(Mode.READ, 'r'), (Mode.WRITE, 'w'), (Mode.EXEC, 'x')])
for v in range(8):
    print(v, describe(Mode(v)))
