# allow-import: enum
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique

# === auto in Enum ===
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print([c.value for c in Color])

# === auto after explicit values ===
class Level(Enum):
    LOW = 10
    MID = auto()
    HIGH = auto()
print([(l.name, l.value) for l in Level])

# === custom generate ===
class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    ALPHA = auto()
    BETA = auto()
print([n.value for n in Name])

# === StrEnum auto lowercases ===
class Method(StrEnum):
    GET = auto()
    POST = auto()
print(list(Method), Method.GET == 'get', Method.POST.upper(), repr(Method.GET))

# === IntEnum auto ===
class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Priority.HIGH > Priority.LOW, Priority.HIGH * 10, repr(Priority.LOW), str(Priority.LOW))

# === Flag auto powers of two ===
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()
print([f.value for f in F])

# === unique ===
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
