# allow-import: math
import math

# === isclose ===
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)

# === fsum versus sum ===
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1, -1e100]), sum([1e100, 1, -1e100]))

# === ulp and nextafter ===
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(0.0))

# === frexp, ldexp, modf, copysign ===
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5), math.copysign(3, -0.0))

# === float classification ===
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(float('nan')), math.isnan(1))
