# allow-import: fractions, math
from fractions import Fraction
import math

# === approximations ===
pi = Fraction(math.pi)
for d in [1, 10, 100, 1000, 100000]:
    print(d, pi.limit_denominator(d))
print(Fraction('3.141592653589793').limit_denominator(10), Fraction(1, 3).limit_denominator(2))

# === float to fraction ===
print(Fraction(0.1), Fraction(0.1).limit_denominator(), Fraction(1.5), Fraction(-0.75))
print(Fraction.from_float(0.25), Fraction.from_decimal(__import__('decimal').Decimal('1.1')) if False else Fraction('1.1'))
print((0.1).as_integer_ratio(), Fraction(0.1).as_integer_ratio() == (0.1).as_integer_ratio())

# === continued fraction ===
def cf(x, n):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        if x == a:
            break
        x = 1 / (x - a)
    return out
print(cf(Fraction(415, 93), 10), cf(Fraction(math.sqrt(2)), 6))

# === errors ===
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
