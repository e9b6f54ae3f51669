# allow-import: math
# Code written for smolagents uses bare math names (sqrt, floor, ...); portable
# code falls back to importing them, which works everywhere.

# === fallback import ===
try:
    sqrt
except NameError:
    from math import sqrt
try:
    floor, ceil
except NameError:
    from math import floor, ceil
try:
    log, sin, cos, exp
except NameError:
    from math import log, sin, cos, exp
print(sqrt(16), sqrt(2), floor(2.7), ceil(2.1), floor(-2.5), ceil(-2.5))
print(log(1), log(8, 2), round(sin(0), 6), cos(0), exp(0), round(exp(1), 10))

# === geometry program ===
def hypot2(a, b):
    return sqrt(a * a + b * b)
print(hypot2(3, 4), [floor(hypot2(i, i)) for i in range(4)])

# === same functions as math ===
import math
print(sqrt is math.sqrt or sqrt(9) == math.sqrt(9), floor(9.99) == math.floor(9.99), log(100, 10) == math.log(100, 10))

# === user names win ===
def sqrt(x):
    return f"my sqrt of {x}"
print(sqrt(4))
