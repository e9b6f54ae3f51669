# === int and float conversion ===
print(int(2.999), int(-2.999), int(1e10), int(123.0), float(10), float(-3))
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, 7 % 2.0)
print(int("7") + float("0.5"), str(1.0) + str(1), 3 * 1.0)

# === precision limits ===
big = 2 ** 53
print(float(big), float(big + 1), float(big + 2), big + 1 == float(big + 1))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12)
print(1e16 + 1, 1e16 + 2, 12345678901234567890.0)
print(9007199254740993, float(9007199254740993), int(float(9007199254740993)))

# === mixed comparisons ===
print(1 == 1.0, 1 < 1.5 < 2, 10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 0.5 * 2 ** 0.5 == 2)
print(sorted([3, 2.5, 1, -0.5, 2]), max(2, 2.0), min(2.0, 2))

# === sums and averages ===
vals = [1, 2.5, 3, 4.25]
print(sum(vals), sum(vals) / len(vals), sum([1, 2, 3]) / 3, type(sum([1, 2, 3]) / 3).__name__)
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)

# === rounding to ints ===
for v in (0.5, 1.5, 2.5, -2.5, 2.4999, 2.5001, 1e15 + 0.5):
    print(v, round(v), int(v), -(-v // 1), v // 1)

# === divmod with floats ===
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(10 % 3.3, -10 % 3.3, 0.7 % 0.1)

# === float hex-free formatting of money ===
price = 19.99
qty = 3
print(price * qty, round(price * qty, 2), f"{price * qty:.2f}", int(price * 100) * qty / 100)
