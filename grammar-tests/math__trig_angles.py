# allow-import: math
import math

# === degrees and radians ===
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))

# === basic trig ===
for deg in [0, 30, 45, 60, 90, 180]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.tan(r), 6) if deg != 90 else 'inf')

# === inverse and atan2 ===
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1), math.atan2(0, 0))

# === hyperbolic ===
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))

# === polar conversion ===
def to_polar(x, y):
    return round(math.hypot(x, y), 6), round(math.degrees(math.atan2(y, x)), 6)
print([to_polar(*p) for p in [(1, 0), (0, 1), (-1, 0), (1, 1), (-3, -4)]])

# === constants ===
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

# === errors ===
for f in [lambda: math.asin(2), lambda: math.acosh(0), lambda: math.atanh(1), lambda: math.sin(math.inf)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
