# allow-import: enum
import enum
from enum import Enum, auto, unique

# === members, repr, str, lookup ===
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(Color(2), Color["BLUE"], Color(1) is Color.RED, getattr(Color, "GREEN"), f"{Color.BLUE}", f"[{Color.RED:>12}]")
print(list(Color), len(Color), [c.name for c in Color], Color.__members__)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, bool(Color.RED))
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), Color.RED is Color.RED, hash(Color.RED) == hash(Color.RED))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN], sorted(Color, key=lambda c: c.value, reverse=True))
print(Color._member_names_, Color.RED.__class__.__name__, max(Color, key=lambda c: c.value))

# === auto ===
class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = 10
    FAILED = auto()
print([(s.name, s.value) for s in Status])

# === aliases and unique ===
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name, list(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError:", e)
@unique
class Fine(Enum):
    A = "a"
    B = "b"
print(list(Fine))

# === methods, properties, classmethods ===
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    def describe(self):
        return f"{self.name.title()} g={self.surface_gravity}"

print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity, Planet.heaviest(), Planet.MERCURY.describe())
print(Planet((5.976e24, 6.37814e6)))

class Weekday(Enum):
    MON = 1
    TUE = 2
    SAT = 6
    SUN = 7
    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)
    def __str__(self):
        return self.name.capitalize()
print([str(d) for d in Weekday if d.is_weekend()], f"{Weekday.MON}", repr(Weekday.TUE))

class Lenient(Enum):
    LOW = 1
    HIGH = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Lenient("high"), Lenient(1))

# === matching and dispatch ===
def action(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "wait"
print([action(c) for c in Color])
handlers = {Status.PENDING: "queue", Status.DONE: "archive"}
print([handlers.get(s, "-") for s in Status])

# === functional API ===
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal["CAT"])
Level = Enum("Level", [("LOW", 10), ("HIGH", 20)])
print(Level(20), [l.value for l in Level])
Mode = Enum("Mode", {"R": "read", "W": "write"})
print(Mode.W.value, Mode("read"))
Grade = Enum("Grade", ["A", "B"], start=5)
print([g.value for g in Grade])

# === errors ===
for thunk in [
    lambda: Color(4),
    lambda: Color["PURPLE"],
    lambda: Color.RED < Color.GREEN,
    lambda: Lenient(3),
    lambda: Color(),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
