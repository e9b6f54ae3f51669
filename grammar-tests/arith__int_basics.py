# === the four operations ===
a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b, divmod(a, b))
print(-a, +a, abs(-a))

# === precedence ===
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(1 + 2 * 3 - 4 / 2)

# === true division always float ===
print(10 / 2, 7 / 7, 0 / 5, -9 / 3)
print(type(10 / 2).__name__, type(10 // 2).__name__)

# === mixing int and float and bool ===
print(3 + 0.5, 2 * 1.5, True + True, True * 10, 5 - False)
print(7 // 2.0, 7 % 2.5, 2 ** 0.5, 2 ** -1)

# === pow with modulus ===
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3))
print(pow(2, -2), pow(7, 0), 0 ** 0)

# === round-trip of int/str ===
n = 1234567
print(str(n), len(str(n)), int(str(n)[::-1]))
total = 0
for digit in str(n):
    total += int(digit)
print("digit sum", total)
