# allow-import: math
import math

# === logs ===
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.log(10 ** 100), math.log2(2 ** 1000), math.log10(10 ** 50))

# === exp family ===
print(math.exp(1), math.exp(0), math.expm1(1e-10), math.exp(-1000), math.exp2(10), math.exp2(0.5))

# === pow and sqrt ===
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1 / 3) if False else math.pow(4, 0.5), math.sqrt(2), math.cbrt(-8), math.cbrt(1000.0))

# === compound growth ===
principal, rate = 1000, 0.05
print([round(principal * math.exp(rate * t), 2) for t in range(0, 11, 5)])
print(round(math.log(2) / math.log(1 + rate), 2))

# === errors ===
for f in [lambda: math.log(0), lambda: math.log(-1), lambda: math.sqrt(-1), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.log(10, 1), lambda: math.log('x')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
