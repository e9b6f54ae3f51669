# allow-import: decimal, math
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero
import decimal

# === construction and str/repr ===
for s in ["1.10", "0.000001", "0.0000001", "1E+3", "-0", "123456789012345678901234567890", "1_000.5", "  2.50  ", "Inf", "-Infinity", "NaN", "1e-10", ".5", "5.", "-0.00"]:
    d = Decimal(s)
    print(repr(d), str(d))
print(Decimal(10), Decimal(-7), Decimal(0.1), Decimal(2.5), Decimal(1e20), Decimal((1, (3, 1, 4), -2)), Decimal())
print(Decimal(Decimal("3.3")), Decimal.from_float(0.25), Decimal(True))

# === arithmetic keeps exact decimal semantics ===
a, b = Decimal("1.10"), Decimal("2.20")
print(a + b, a * b, b - a, b / a, a / 3, Decimal(1) / Decimal(7))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(a + 1, 1 + a, 2 * a, a - 5, 10 / Decimal(4), Decimal(10) / 4, -a, +a, abs(Decimal("-3.5")))
print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % 2, Decimal(-7) % 2, Decimal("7.5") % Decimal("2"), divmod(Decimal(-7), 2))
print(Decimal(2) ** 10, Decimal("1.1") ** 2, Decimal(2) ** -2, Decimal("0.5") ** 3, Decimal(10) ** -3, Decimal(3) ** 0)
print(Decimal(2).sqrt(), Decimal("16").sqrt(), Decimal("0.25").sqrt(), Decimal(10).sqrt(), Decimal("1E+4").sqrt())
print(sum([Decimal("0.10")] * 10), sum(Decimal(i) / 8 for i in range(5)))
print(Decimal("1E+2") + Decimal("1"), Decimal("1.000") * Decimal("1.0"), Decimal("100") / Decimal("10"))

# === comparisons and hashing ===
print(Decimal("1.0") == Decimal("1.00"), Decimal("1.0") == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1)
print(Decimal("1.5") < 2, Decimal("2.5") > 2.4, Decimal("-1") <= Decimal("-1.0"), max(Decimal("1.5"), Decimal("1.25")))
print(hash(Decimal("1.0")) == hash(1), hash(Decimal("0.5")) == hash(0.5), len({Decimal("2"), Decimal("2.0"), 2}))
print(sorted([Decimal("3.1"), Decimal("-2"), Decimal("0.5"), Decimal("10")]))
print(bool(Decimal("0.00")), bool(Decimal("0.01")), Decimal("NaN") == Decimal("NaN"))

# === quantize and rounding modes ===
price = Decimal("2.675")
for mode in [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP]:
    print(mode, price.quantize(Decimal("0.01"), rounding=mode), (-price).quantize(Decimal("0.01"), rounding=mode))
print(Decimal("7.325").quantize(Decimal(".01")), Decimal("7.335").quantize(Decimal(".01")), Decimal("1234.5").quantize(Decimal("1")), Decimal("5").quantize(Decimal("1.000")))
print(Decimal("123.456").quantize(Decimal("1E+1")), Decimal("0.0004").quantize(Decimal("0.001")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-2.5")), round(Decimal("3.14159"), 2), round(Decimal("1234.5"), -2))
print(Decimal("3.7").to_integral_value(), Decimal("-3.7").to_integral_value(rounding=decimal.ROUND_DOWN), Decimal("1E+2").to_integral_value())
print(int(Decimal("-3.99")), int(Decimal("1E+3")), float(Decimal("0.1")), float(Decimal("-1.5E-3")))
import math
print(math.floor(Decimal("-2.5")), math.ceil(Decimal("2.1")), math.trunc(Decimal("-2.9")))

# === inspection helpers ===
d = Decimal("-12.340")
print(d.as_tuple(), d.as_tuple().exponent, tuple(d.as_tuple()) == (1, (1, 2, 3, 4, 0), -3), d.as_integer_ratio(), d.adjusted(), d.is_signed(), d.is_zero(), d.is_finite(), d.normalize(), d.copy_abs(), d.copy_negate())
print(Decimal("Inf").is_infinite(), Decimal("NaN").is_nan(), Decimal("0").normalize(), Decimal("1.200E+5").normalize(), Decimal(3).compare(Decimal("3.0")), Decimal(2).max(Decimal(5)))

# === context precision ===
ctx = getcontext()
print(ctx.prec, ctx.rounding)
ctx.prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal("1.23456789") * 1)
ctx.rounding = decimal.ROUND_DOWN
print(Decimal(2) / Decimal(3))
ctx.prec = 28
ctx.rounding = decimal.ROUND_HALF_EVEN
with localcontext() as lc:
    lc.prec = 50
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))
with localcontext(prec=3):
    print(Decimal("3.14159") + 0)
print(repr(getcontext()).split(', flags')[0])

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: Decimal("abc"))
attempt(lambda: Decimal(1) / 0)
attempt(lambda: Decimal(0) / 0)
attempt(lambda: Decimal(1) // 0)
attempt(lambda: Decimal(1) % 0)
attempt(lambda: Decimal(1) + 1.5)
attempt(lambda: 2.5 * Decimal(1))
attempt(lambda: Decimal("1e100").quantize(Decimal("0.01")))
attempt(lambda: Decimal(-1).sqrt())
attempt(lambda: int(Decimal("NaN")))
attempt(lambda: int(Decimal("Inf")))
attempt(lambda: Decimal([1, 2]))
attempt(lambda: Decimal("NaN") < 1)
attempt(lambda: Decimal(1).quantize(Decimal(1), rounding="BAD"))
attempt(lambda: setattr(getcontext(), "prec", 0))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__)
