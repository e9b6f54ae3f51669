# allow-import: decimal
from decimal import Decimal, Context, getcontext, ROUND_DOWN, ROUND_HALF_UP, InvalidOperation, DivisionByZero

c = Context(prec=5)

# === arithmetic through a context ===
print(c.add(Decimal('1.23456'), 1), c.subtract(10, Decimal('0.000001')), c.multiply(Decimal('3.14159'), 2))
print(c.divide(1, 3), c.divide_int(17, 5), c.remainder(17, 5), c.power(2, 20), c.power(Decimal('1.1'), 3))
print(c.sqrt(2), c.exp(1), c.ln(10), c.log10(2), c.logb(1000))
print(c.abs(Decimal('-1.234567')), c.minus(Decimal('1.234567')), c.plus(Decimal('1.234567')), c.create_decimal('3.14159265'))
print(c.quantize(Decimal('2.675'), Decimal('0.01')), c.compare(1, 2), c.max(1, Decimal('1.5')), c.min(1, 2), c.normalize(Decimal('1.2000')), c.to_integral_value(Decimal('2.5')))

# === the global context is untouched ===
print(getcontext().prec, Decimal(1) / 3)

# === rounding of the context applies ===
down = Context(prec=3, rounding=ROUND_DOWN)
up = Context(prec=3, rounding=ROUND_HALF_UP)
print(down.divide(2, 3), up.divide(2, 3), down.add(Decimal('1.239'), 0), up.create_decimal('1.2350'))

# === errors ===
for f in [lambda: c.divide(1, 0), lambda: c.sqrt(-1), lambda: c.add(1.5, 1), lambda: c.add(1)]:
    try:
        f()
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__)
