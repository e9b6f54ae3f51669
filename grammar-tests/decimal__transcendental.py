# allow-import: decimal
from decimal import Decimal, getcontext, localcontext, InvalidOperation

# === exp ===
for s in ['0', '1', '2', '-1', '0.5', '10', '-10', '1e-10', '123.456']:
    print('exp', s, Decimal(s).exp())

# === ln ===
for s in ['1', '2', '10', '0.5', '100', '1e-5', '1.0000001', '12345678901234567890']:
    print('ln', s, Decimal(s).ln())
print(Decimal(0).ln(), Decimal('Infinity').ln())

# === log10 ===
for s in ['1000', '0.001', '1', '2', '7', '1E+50', '31.4159']:
    print('log10', s, Decimal(s).log10())

# === sqrt ===
for s in ['2', '4', '0.25', '1e10', '0', '15241578750190521']:
    print('sqrt', s, Decimal(s).sqrt())

# === precision matters ===
with localcontext() as ctx:
    for p in (5, 12, 40):
        ctx.prec = p
        print(p, Decimal(2).sqrt(), Decimal(1).exp(), Decimal(3).ln(), Decimal(3).log10())

# === invalid operations ===
for s, f in [('-1', 'sqrt'), ('-1', 'ln'), ('-5', 'log10')]:
    try:
        getattr(Decimal(s), f)()
    except InvalidOperation as e:
        print(f, s, 'InvalidOperation', type(e).__mro__[1].__name__)

# === logb and adjusted ===
for s in ['1000', '0.00123', '5']:
    d = Decimal(s)
    print(s, d.logb(), d.adjusted())

# === compound interest ===
rate = Decimal('0.05')
years = 10
print((rate * years).exp().quantize(Decimal('0.0001')))
print(((1 + rate) ** years).quantize(Decimal('0.0001')))
