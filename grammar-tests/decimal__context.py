# allow-import: decimal
import decimal
from decimal import Decimal, getcontext, setcontext, localcontext, Context

# === default context ===
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin)

# === precision changes results ===
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('1.23456789') * 1)
getcontext().prec = 28
print(Decimal(1) / Decimal(7))

# === localcontext restores ===
with localcontext() as c:
    c.prec = 4
    c.rounding = decimal.ROUND_DOWN
    print(Decimal(2) / 3, getcontext().prec)
print(Decimal(2) / 3, getcontext().prec, getcontext().rounding)

# === nested localcontext ===
with localcontext() as a:
    a.prec = 10
    with localcontext() as b:
        b.prec = 3
        print('inner', Decimal(1) / 3)
    print('outer', Decimal(1) / 3)

# === Context objects ===
c = Context(prec=5, rounding=decimal.ROUND_HALF_UP)
print(c.prec, c.rounding)
setcontext(c)
print(Decimal(10) / 3, Decimal('2.5') + Decimal('0.00005'))
setcontext(Context())
print(Decimal(10) / 3)

# === exact construction ignores precision ===
getcontext().prec = 3
print(Decimal('3.14159265'), +Decimal('3.14159265'), Decimal(0.1))
getcontext().prec = 28

# === signals ===
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError), isinstance(e, decimal.DecimalException))
try:
    Decimal('abc')
except decimal.InvalidOperation as e:
    print('InvalidOperation', isinstance(e, ValueError))
