# allow-import: fractions, math
from fractions import Fraction
import math

# === construction ===
print(Fraction(3, 4), Fraction(6, -8), Fraction(5), Fraction(), Fraction(-0, 7))
print(repr(Fraction(1, 3)), repr(Fraction(10, 5)))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e-3"), Fraction("2.5E2"), Fraction("1_000/3"), Fraction(".5"), Fraction("7."))
print(Fraction(0.5), Fraction(0.1), Fraction(-2.75), Fraction(1e20))
print(Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(Fraction(3, 7)), Fraction(3, Fraction(1, 2)))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction(True), Fraction(7, True))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())

# === arithmetic with ints, floats and fractions ===
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a)
print(a + 0.5, 0.5 + a, a * 1.5, 1.0 / a, a - 0.25)
print(a ** 2, a ** -2, a ** 0, Fraction(-2, 3) ** 3, Fraction(-2, 3) ** -3, 2 ** Fraction(3), 2 ** Fraction(1, 2), Fraction(9, 4) ** Fraction(1, 2), Fraction(4) ** 0.5)
print(-a, +a, abs(Fraction(-5, 2)), Fraction(-7, 2) // 1, Fraction(-7, 2) % 1)
print(sum([Fraction(1, n) for n in range(1, 8)]))
print(sum([Fraction(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)

# === comparisons, hashing, conversions ===
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(2, 1) == 2, Fraction(1, 2) != Fraction(2, 4))
print(Fraction(1, 3) < 0.34, Fraction(1, 3) > Fraction(1, 4), 1 <= Fraction(4, 3), Fraction(1, 2) < float("inf"), Fraction(1, 2) < float("nan"))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)) == hash(-1), hash(Fraction(1, 3)))
print({Fraction(1, 2): "half", Fraction(2, 4): "also half"}, len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(sorted([Fraction(2, 3), 0.5, 1, Fraction(-1, 7), Fraction(5, 8)]))
print(max(Fraction(7, 9), Fraction(4, 5)), min([Fraction(1, 2), Fraction(1, 3)]))
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), int(Fraction(7, 2)), bool(Fraction(0)), bool(Fraction(1, 9)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(12345, 1), -2), round(Fraction(22, 7), 0))
print(float(Fraction(10**400, 10**399 + 1)), float(Fraction(1, 10**400)), float(Fraction(2**1074 + 1, 2**2148)))

# === limit_denominator ===
pi = Fraction(math.pi)
for m in [1, 10, 100, 1000, 100000]:
    print(m, pi.limit_denominator(m))
print(Fraction(0.1).limit_denominator(), Fraction(3, 7).limit_denominator(5), Fraction(-13, 29).limit_denominator(10))

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: Fraction(1, 0))
attempt(lambda: Fraction("abc"))
attempt(lambda: Fraction("1/0"))
attempt(lambda: Fraction("1.5/2"))
attempt(lambda: Fraction(1.5, 2))
attempt(lambda: Fraction([1]))
attempt(lambda: Fraction(float("nan")))
attempt(lambda: Fraction(float("inf")))
attempt(lambda: Fraction(1, 2) / 0)
attempt(lambda: Fraction(1, 2) // Fraction(0))
attempt(lambda: Fraction(0) ** -1)
attempt(lambda: Fraction(1, 3) + "x")
attempt(lambda: Fraction(1, 3) < "x")
attempt(lambda: Fraction(1, 3).limit_denominator(0))
attempt(lambda: Fraction.from_float("1.5"))
attempt(lambda: Fraction(1, 2, 3))

# === agent-style: exact recipe scaling ===
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 2)}
servings = Fraction(5, 2)
for item, qty in recipe.items():
    scaled = qty * servings
    whole, rest = divmod(scaled, 1)
    print(f"{item}: {scaled} = {whole} and {rest}")
total = sum(recipe.values(), Fraction(0))
print("total", total, float(total))

# === math functions accept Fractions ===
print(math.sqrt(Fraction(9, 4)), math.exp(Fraction(0)), math.isclose(Fraction(1, 3), 1 / 3), math.fsum([Fraction(1, 10)] * 10), math.log(Fraction(8), 2))
