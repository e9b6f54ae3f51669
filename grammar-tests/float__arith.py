# === basic operations ===
print(0.1 + 0.2, 1.0 - 0.9, 3 * 0.1, 1 / 10, 2.0 ** 0.5, 10 / 4, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 1e308 + 1e308)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0, abs(-0.0), 1e-310 * 1e10, 5e-324 / 2, 2.0 ** -1075)

# === comparisons between int and float ===
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 2**53 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < -1e308, 1.5 in [1, 1.5])

# === accumulating error ===
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), round(total, 10) == 1.0)

# === averages ===
data = [2.5, 3.5, 4.0, 10.0]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, var ** 0.5, max(data) - min(data))

# === errors ===
for call in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1, lambda: 10.0 ** 400, lambda: 1.5 + "x"]:
    try:
        print(call())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
