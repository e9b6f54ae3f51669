inf = float("inf")
nan = float("nan")

# === arithmetic with infinities ===
print(inf + inf, inf - 1e308, -inf * 2, inf * -1, inf / 1e308, 1e308 * 10, -1e308 * 10)
print(inf - inf, inf * 0, 0 * -inf, inf / inf)
print(1 / inf, -1 / inf, 5 % inf, -5 % inf)

# === comparisons ===
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, -inf == -inf)
print(nan == nan, nan != nan, nan < 0, nan > 0, nan == 0)
print(max(1, inf), min(-inf, 0), sorted([3.5, -inf, inf, 0]))

# === nan detection without math ===
def is_nan(x):
    return x != x

print([is_nan(v) for v in (nan, inf, 0.0, float("-nan"))])

# === converting special values ===
print(str(inf), repr(-inf), str(nan), float("INF"), float("-nan"), float("+inf"))
for bad in (inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# === overflow behaviour ===
print(1e308 * 10, 2.0 ** 1023 * 2, -(2.0 ** 1023) * 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised for 2.0 ** 10000")
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308, 10 ** 400 < inf)

# === negative zero ===
nz = -0.0
print(nz, nz == 0.0, 0.0 * -1, -0.0 + 0.0, abs(nz), round(-0.4), round(-0.4, 1))
print(f"{nz:.2f} {nz:+.1f} {nz}")
