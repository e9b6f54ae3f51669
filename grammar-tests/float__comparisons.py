# === tolerance comparisons without math ===
def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)
print(0.1 + 0.2 == 0.3, close(0.1 + 0.2, 0.3), close(1e10, 1e10 + 1), close(1.0, 1.1), close(0.0, 1e-12, abs_tol=1e-9))

# === ordering with ints and specials ===
vals = [3, 2.5, -1e308, float("inf"), 0.0, -0.0, 10 ** 400, -(10 ** 400), float("-inf")]
print(sorted(vals[:4]), sorted([0.0, -0.0, 0]), max(vals[:4]), 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1e308 < 10 ** 309, 2 ** 1024 > 1.7976931348623157e308, 0.1 < 1 / 10 + 1e-17, -0.0 < 0.0, -0.0 == 0)

# === chained and mixed ===
x = 0.5
print(0 < x < 1, 0 <= x <= 0.5, 1 > x > 0.25 > 0, x in [0.5], x in {0.5: 1}, 1 in [1.0], True == 1.0)
