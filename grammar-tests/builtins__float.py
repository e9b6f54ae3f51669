# === from strings ===
for s in ["3.14", "  -2.5\n", "1e10", "1E-3", "+.5", "5.", "inf", "-Infinity", "nan", "NaN", "1_000.5", "10"]:
    print(repr(s), float(s))
print(float(), float(7), float(-0), float(True), float(10**20), float("-0"), float("   1.0   "))

# === user __float__ and __index__ ===
class Temp:
    def __float__(self):
        return 21.5
class Idx:
    def __index__(self):
        return 4
print(float(Temp()), float(Idx()))

# === parsing a csv row ===
row = "1.5, 2.25 ,-3, 4e2"
values = [float(x) for x in row.split(",")]
print(values, sum(values), max(values))

# === errors ===
for bad in ["", "abc", "1.2.3", "1,5", "1_", "_1", "0x10", "in f", "1e", " "]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0], {}]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return "1.0"
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
