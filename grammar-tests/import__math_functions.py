# allow-import: math
import math

# === rounding ===
for v in (2.5, -2.5, 3.7, -3.7, 5.0):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v))

# === roots, powers, logs ===
print(math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20), math.pow(2, 10), 2 ** 10)
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.hypot(3, 4), math.fabs(-3), math.copysign(2, -0.0))

# === integer functions ===
print(math.gcd(48, 180), math.gcd(17, 5), math.gcd(0, 9), math.lcm(4, 6))
print(math.factorial(10), math.factorial(25), math.comb(10, 3), math.perm(5, 2))

# === trigonometry ===
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), math.atan2(1, 1) * 4)

# === floating-point helpers ===
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))

# === domain errors ===
for f, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -5)):
    try:
        f(arg)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
