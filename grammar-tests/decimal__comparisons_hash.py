# allow-import: decimal, fractions
from decimal import Decimal, InvalidOperation
from fractions import Fraction

# === equality across types ===
print(Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal('0.5') == Fraction(1, 2))
print(hash(Decimal('1.0')) == hash(1), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('2.50')) == hash(Decimal('2.5')))

# === ordering ===
print(sorted([Decimal('1.10'), 1, Decimal('0.9'), 1.05]), max(Decimal('2'), 3), Decimal('1') < Fraction(3, 2))
print(Decimal('-0') == Decimal('0'), Decimal('1.0').compare(Decimal('1')), Decimal('2').compare(Decimal('1')))

# === NaN comparisons ===
nan = Decimal('NaN')
print(nan == nan, nan != nan, Decimal('1').max(nan), Decimal('1').min(Decimal('-Infinity')))
try:
    nan < 1
except InvalidOperation:
    print('InvalidOperation on NaN ordering')

# === as dict keys and in sets ===
d = {Decimal('1.0'): 'a', 1: 'b'}
print(d, len({Decimal('2'), Decimal('2.00'), 2}))

# === mixing with float is an error for arithmetic ===
try:
    Decimal('1') + 1.5
except TypeError as e:
    print('TypeError', e)
print(Decimal(1.5) + 1, Decimal('3') / 4, Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(7), 3))
