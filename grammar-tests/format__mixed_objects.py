# === format() dispatches to each type ===
print(format(12, "^6") + "|", format(1.5, "^6") + "|", format("ab", "^6") + "|", format(True, "^6") + "|", format(None, "") + "|")
print(format(10**25, ","), format(-10**25, "_x"), format(2**100, "e"), format(10**20, ".3g"), format(1 / 7, ".20f"))

# === objects without __format__ use str() for the empty spec ===
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
print(format(p), f"{p}", "{}".format(p), f"{p!s:>10}", f"{p!r:.8}")
try:
    format(p, ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{[1, 2]:>10}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    format((1, 2), "x")
except TypeError as e:
    print(type(e).__name__, e)

# === __format__ can delegate ===
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec or ".1f") + "°C"
t = Temp(21.5)
print(f"{t}", f"{t:.2F}", f"{t:>8.0f}", format(t, "F"))
