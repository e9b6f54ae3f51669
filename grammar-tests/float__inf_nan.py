# === making and comparing ===
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, inf - inf, inf * 0, inf / inf)
print(inf + 1, inf * -1, 1 / inf, -1 / inf, abs(-inf), max(1, inf), min(-inf, 0), float("-nan"), float("+inf"))

# === nan in containers ===
values = [1.0, nan, 3.0]
print(nan in values, values.index(nan), values.count(nan), sorted([3.0, 1.0, 2.0]), [v for v in values if v == v])
print(max([1, nan, 3]), max([nan, 1, 3]), min([nan, 5]), sum([1, inf]), sum([inf, -inf]))

# === math-style checks ===
def is_nan(x):
    return x != x
def is_inf(x):
    return x in (inf, -inf)
print([is_nan(v) for v in [nan, inf, 0.0]], [is_inf(v) for v in [nan, inf, -inf, 1e308]])

# === conversions ===
for call in [lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: round(nan), lambda: inf // 0, lambda: divmod(inf, 0), lambda: 1e308 * 10]:
    try:
        print(call())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(round(inf, 2), round(nan, 2), f"{inf:.2f}", f"{nan:e}", f"{-inf:10}|", f"{inf:%}", f"{nan:g}")
