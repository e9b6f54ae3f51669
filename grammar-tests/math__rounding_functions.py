# allow-import: math
import math

# === floor, ceil, trunc ===
for x in [2.5, -2.5, 3.0, -0.1, 1e20, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 30 + 0.5) == 10 ** 30)

# === fmod versus % ===
for a, b in [(7, 3), (-7, 3), (7, -3), (5.5, 2)]:
    print(a, b, math.fmod(a, b), a % b, math.remainder(a, b))

# === rounding to n places ===
def round_half_up(x, n=0):
    m = 10 ** n
    return math.floor(x * m + 0.5) / m
print(round_half_up(2.5), round_half_up(2.675, 2), round(2.675, 2))

# === errors ===
for f in [lambda: math.floor(float('nan')), lambda: math.ceil(float('inf')), lambda: math.fmod(1, 0), lambda: math.floor('1')]:
    try:
        f()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
