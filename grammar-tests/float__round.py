# === round to digits: decimal representation decides ===
for x in [2.675, 2.665, 1.005, 0.125, 0.375, 0.5, 1.5, 2.5, -2.5, 0.045, 1234.5678, 5e-324, 1e300]:
    print(repr(x), round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(0.1 + 0.2, 15), round(1 / 3, 10), round(-0.5), round(-0.4), round(0.5000000000000001))

# === negative digits ===
print(round(1234.5, -2), round(-1555.0, -1), round(5.0, -1), round(15.0, -1), round(25.0, -1), round(1e20, -21), round(123.0, -400))

# === types ===
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(1.5, -1)).__name__, round(1.5, 0), round(-0.2, 0))

# === financial rounding by hand ===
def round_half_up(x, nd=0):
    m = 10 ** nd
    return int(x * m + (0.5 if x >= 0 else -0.5)) / m
print([round_half_up(v, 1) for v in [0.25, 0.35, -0.25]], [round(v, 1) for v in [0.25, 0.35, -0.25]])
