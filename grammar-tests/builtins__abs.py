# === ints and floats ===
print(abs(-7), abs(7), abs(0), abs(-0.0), abs(-2.5), abs(3.25))
print(abs(-10**30), abs(True), abs(False), type(abs(True)).__name__)
print(abs(float("-inf")), abs(float("nan")))

# === distances in a program ===
points = [(3, -4), (-1, 2), (0, -7)]
manhattan = [abs(x) + abs(y) for x, y in points]
print(manhattan, max(points, key=lambda p: abs(p[0]) + abs(p[1])))
diffs = [abs(a - b) for a, b in zip([10, 3, 8], [4, 9, 8])]
print(diffs, sum(diffs))

# === user class with __abs__ ===
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vec(3, 4)), abs(Vec(-5, 12)))

# === errors ===
for bad in ["3", None, [1], (1,)]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
