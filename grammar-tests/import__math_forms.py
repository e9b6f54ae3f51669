# allow-import: math
# === import forms ===
import math
import math as m
from math import sqrt, pi
from math import floor as fl, ceil

print(math.sqrt(16), m.sqrt(2), sqrt(81), pi, math.pi == m.pi == pi)
print(fl(2.7), ceil(2.1), fl(-2.5), ceil(-2.5), type(fl(2.7)).__name__)
print(math.e, math.tau, math.inf, -math.inf, math.nan)

# === module attribute errors ===
try:
    math.nonexistent
except AttributeError as e:
    print("AttributeError:", e)

# === importing inside a function ===
def hypotenuse(a, b):
    from math import hypot
    return hypot(a, b)

print(hypotenuse(3, 4), hypotenuse(5, 12))

def circle_area(r):
    import math
    return math.pi * r ** 2

print(round(circle_area(2), 4))

# === module is an object ===
mod = math
print(mod.floor(9.99), m is math, getattr(math, "sqrt")(49))
