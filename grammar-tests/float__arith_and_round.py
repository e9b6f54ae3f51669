# === basic arithmetic ===
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(0.1 + 0.7, 1.1 * 3, 3.3 / 1.1, 1 - 0.9)

# === round() with banker's rounding ===
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(3.14159, 3), round(1234.5678, -2), round(1234, -2))
print(round(7.0), type(round(7.0)).__name__, round(7.25, 1), type(round(7.25, 1)).__name__)
print(round(-2.567, 1), round(1e20), round(15, -1), round(25, -1))

# === accumulation error ===
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(sum([0.1] * 10))

# === int conversion and comparisons ===
print(int(7.9), int(-7.9), float(int(7.9)), 3.0 == 3, 3.5 > 3)
print(max(1, 2.5, 2), min(-1.5, -1), sorted([3, 1.5, 2, -0.5]))
print(abs(-3.25), abs(0.0), abs(-0.0))

# === averages ===
nums = [3, 4, 8, 10]
mean = sum(nums) / len(nums)
var = sum((x - mean) ** 2 for x in nums) / len(nums)
print(mean, var, var ** 0.5)
print(f"{mean:.3f} {var:.1f} {var ** 0.5:.4f}")

# === float division by zero ===
for expr in ("1.0 / 0", "1 / 0.0", "1.5 // 0.0", "2.0 % 0"):
    try:
        if expr == "1.0 / 0":
            1.0 / 0
        elif expr == "1 / 0.0":
            1 / 0.0
        elif expr == "1.5 // 0.0":
            1.5 // 0.0
        else:
            2.0 % 0
    except ZeroDivisionError as e:
        print(expr, "->", e)
