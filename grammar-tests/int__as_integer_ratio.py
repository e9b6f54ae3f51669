# === int ratios ===
print((5).as_integer_ratio(), (-3).as_integer_ratio(), (0).as_integer_ratio(), True.as_integer_ratio(), (10**20).as_integer_ratio())

# === float ratios ===
for x in [0.5, 0.1, -2.25, 3.0, 1e-3, 1e20]:
    n, d = x.as_integer_ratio()
    print(x, n, d, n / d == x)

# === exact fractions program ===
def exact_sum(values):
    num, den = 0, 1
    for v in values:
        n, d = v.as_integer_ratio()
        num, den = num * d + n * den, den * d
    a, b = num, den
    while b:
        a, b = b, a % b
    return num // a, den // a
print(exact_sum([0.5, 0.25, 0.125]), exact_sum([1, 2, 0.5]))

# === errors ===
for x in [float("inf"), float("nan")]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
