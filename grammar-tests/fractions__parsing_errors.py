# allow-import: fractions
from fractions import Fraction

# === string forms ===
for s in ['3/4', '-5/10', ' 7 ', '1.25', '-.5', '1e-3', '2/4 ', '0003/6', '1_000/3']:
    print(repr(s), Fraction(s))

# === numerator and denominator ===
f = Fraction(-6, 8)
print(f, f.numerator, f.denominator, Fraction(6, -8), Fraction(0, 5), Fraction(Fraction(1, 2), Fraction(1, 3)))

# === conversions ===
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math_floor if False else Fraction(7, 2).__floor__())
print(Fraction(3, 4).is_integer() if hasattr(Fraction, 'is_integer') else False, str(Fraction(5)), repr(Fraction(1, 2)))

# === errors ===
for args in [('1/0',), ('abc',), ('1/2/3',), (1, 0), ('1.5/2',), (1.5, 2), ([],)]:
    try:
        Fraction(*args)
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Fraction(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    Fraction(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
