# === from strings and bases ===
print(int("42"), int("-17"), int("  +8  "), int("1_000_000"), int("0"), int("-0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2), int("Zz", 36))
print(int(" 1_0 ", base=8), int("0_0", 0), int("12", base=3))

# === from numbers ===
print(int(), int(3.9), int(-3.9), int(1e20), int(True), int(-0.5), int(2.5e-3))

# === user __int__ / __index__ / __trunc__ ===
class Score:
    def __int__(self):
        return 7
class Position:
    def __index__(self):
        return 3
print(int(Score()), int(Position()), [10, 20, 30, 40][Position()])

# === parsing input lines ===
raw = ["10", " 20 ", "x", "3.5", "", "-4"]
parsed = []
for r in raw:
    try:
        parsed.append(int(r))
    except ValueError as e:
        print("skip:", e)
print(parsed, sum(parsed))

# === errors ===
for args in [("12", 1), ("12", 37), ("08", 0), ("1__0",), ("_1",), ("1 0",), ("0x",), ("9", 8), ("١٢",)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], {}, (1,)]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", "10")
except TypeError as e:
    print(type(e).__name__, e)
