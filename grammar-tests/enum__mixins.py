# allow-import: enum
from enum import Enum, IntEnum, StrEnum, auto

# === IntEnum behaves as an int ===
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW), f"{Priority.MEDIUM}", f"{Priority.HIGH:>4}|")
print(Priority.HIGH == 3, Priority.LOW < Priority.HIGH, Priority.LOW < 2, Priority.HIGH + 1, Priority.HIGH * 2, -Priority.LOW)
print(Priority.LOW | Priority.MEDIUM, Priority.HIGH // 2, Priority.HIGH % 2, Priority.HIGH ** 2, 10 - Priority.HIGH, abs(-Priority.LOW))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), min(Priority), sum(Priority))
print(int(Priority.MEDIUM), float(Priority.LOW), isinstance(Priority.LOW, int), Priority(2), Priority["LOW"])
print(list(range(Priority.HIGH)), ["a", "b", "c", "d"][Priority.HIGH], Priority.HIGH.bit_length(), hash(Priority.LOW) == hash(1))
scores = {1: "one", 2: "two"}
print(scores[Priority.LOW], {Priority.HIGH: "h"}[3], Priority.MEDIUM in [2, 4])
tasks = [("deploy", Priority.HIGH), ("lint", Priority.LOW), ("test", Priority.MEDIUM)]
print([name for name, p in sorted(tasks, key=lambda t: t[1], reverse=True)], [p for _, p in tasks if p >= 2])

class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()
    WARNING = auto()
print([(l.name, l.value) for l in Level], Level.WARNING > Level.DEBUG)

# === StrEnum behaves as a str ===
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
    APPEND = auto()
print(Mode.READ, repr(Mode.WRITE), list(Mode), f"{Mode.APPEND}!", Mode.READ == "read", Mode.WRITE.upper())
print({"read": 1}[Mode.READ], Mode("w"), Mode.READ + "-only", len(Mode.APPEND), Mode.APPEND[0], "a" in Mode.APPEND)
print(sorted(Mode), Mode.READ.startswith("re"), isinstance(Mode.READ, str))

# === str / int / float mixins ===
class Color(str, Enum):
    RED = "red"
    BLUE = "blue"
print(Color.RED, repr(Color.RED), f"{Color.BLUE}", Color.RED == "red", Color("blue"), Color.RED.upper(), Color.RED + "!")
print({"red": 0}[Color.RED], isinstance(Color.RED, str), Color.RED.value, [c.value for c in Color], len(Color.BLUE))

class Code(int, Enum):
    OK = 200
    NOT_FOUND = 404
print(Code.OK, repr(Code.NOT_FOUND), Code.OK == 200, Code(404), Code.OK + 1, Code.NOT_FOUND > Code.OK, sorted(Code, reverse=True))

class Const(float, Enum):
    PI = 3.14159
    E = 2.71828
print(Const.PI, repr(Const.E), round(Const.PI * 2, 3), Const.PI > Const.E)

# === JSON-ish export of enum-valued records ===
record = {"status": Mode.WRITE, "priority": Priority.HIGH, "color": Color.RED}
print({k: (v.value if isinstance(v, Enum) else v) for k, v in record.items()})
print(", ".join(f"{k}={v.name}" for k, v in record.items()))

# === errors ===
for thunk in [
    lambda: Priority(7),
    lambda: Mode("x"),
    lambda: Priority.HIGH + "a",
    lambda: Color.RED.nope,
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
try:
    class BadStr(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)
