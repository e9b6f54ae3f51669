# allow-import: math
import math

# === gamma and lgamma ===
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(100), round(math.gamma(-1.5), 12))

# === erf and erfc ===
print(math.erf(0), math.erf(1), round(math.erfc(1), 14), math.erf(-3))

# === normal cdf ===
def cdf(x):
    return (1 + math.erf(x / math.sqrt(2))) / 2
print([round(cdf(z), 4) for z in (-2, -1, 0, 1, 1.96, 3)])

# === errors ===
for f in [lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(0)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
