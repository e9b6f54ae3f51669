# allow-import: fractions, math
from fractions import Fraction
import math

# === exact probability of dice outcomes ===
outcomes = [(a, b) for a in range(1, 7) for b in range(1, 7)]
p_sum7 = Fraction(sum(1 for a, b in outcomes if a + b == 7), len(outcomes))
p_double = Fraction(sum(1 for a, b in outcomes if a == b), len(outcomes))
print(p_sum7, p_double, p_sum7 + p_double, 1 - p_sum7, p_sum7 * p_double)
expected = sum(Fraction(a + b, 36) for a, b in outcomes)
print("expected total", expected, float(expected))

# === harmonic numbers and egyptian fractions ===
h = Fraction(0)
for n in range(1, 11):
    h += Fraction(1, n)
print("H10 =", h, round(float(h), 6))
def egyptian(f):
    parts = []
    while f.numerator:
        d = math.ceil(f.denominator / f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts
print(" + ".join(str(p) for p in egyptian(Fraction(7, 15))))

# === continued fraction convergents of sqrt(2) ===
x = Fraction(1)
for _ in range(8):
    x = 1 + 1 / (1 + x)
    print(x, f"{float(x):.10f}", abs(float(x) - math.sqrt(2)) < 1e-3)

# === converting decimals and floats ===
for text in ["0.125", "3.14159", "-2.5e-3", "1/3", "  22/7  "]:
    f = Fraction(text)
    print(repr(text), f, f.limit_denominator(100), f"{float(f):.6g}")
print(Fraction(0.1) == Fraction(1, 10), Fraction(0.1).limit_denominator(1000), Fraction(1.1).as_integer_ratio())

# === mixed arithmetic results ===
a = Fraction(3, 8)
print(type(a + 1).__name__, type(a + 1.0).__name__, type(a * a).__name__, type(a // 1).__name__, type(a ** 2).__name__, type(a ** 0.5).__name__)
print(a < 0.4, a == 0.375, max([a, 0.3, Fraction(2, 5)]), sorted({a, Fraction(1, 8), Fraction(6, 16)}))
print(f"{a}", str(a), repr(a), f"{float(a):.2%}", "%s and %r" % (a, a))

# === formatting ===
print(f"{Fraction(1, 3)}", format(Fraction(5, 2), ""), "{}".format(Fraction(-7, 3)))
try:
    print(f"{Fraction(1, 3):.2f}")
except TypeError as e:
    print("TypeError", e)
