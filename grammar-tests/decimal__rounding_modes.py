# allow-import: decimal
from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP,
                     localcontext, InvalidOperation)

MODES = [ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_UP,
         ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]

# === quantize with every mode ===
values = ['2.675', '-2.665', '1.005', '0.125', '-0.5', '7.45', '1.01', '1.06']
for mode in MODES:
    row = [str(Decimal(v).quantize(Decimal('0.1'), rounding=mode)) for v in values]
    print(mode, row)

# === to_integral_value ===
for mode in MODES:
    print(mode, [str(Decimal(v).to_integral_value(rounding=mode)) for v in ['2.5', '-2.5', '3.5', '-0.1', '0.9']])

# === context rounding applies to arithmetic ===
with localcontext() as ctx:
    ctx.prec = 3
    for mode in MODES:
        ctx.rounding = mode
        print(mode, Decimal(2) / Decimal(3), Decimal(-2) / Decimal(3), Decimal('1.235') + 0)

# === quantize exponents ===
d = Decimal('1234.5678')
for q in ['1', '0.1', '0.01', '1E+1', '1E+2', '0.00001']:
    print(q, d.quantize(Decimal(q)))

# === quantize errors ===
try:
    Decimal('1e30').quantize(Decimal('0.01'))
except InvalidOperation:
    print('InvalidOperation: too many digits')

# === round() builtin ===
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('2.675'), 2), round(Decimal('-1.25'), 1))
print(type(round(Decimal('2.5'))).__name__, type(round(Decimal('2.5'), 1)).__name__)
