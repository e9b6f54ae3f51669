# === int and float promotion ===
values = [0, 1, -1, 7, -7, 2.5, -2.5, 0.1]
for a in values[:4]:
    for b in values[4:]:
        print(a, b, a + b, a - b, a * b, type(a * b).__name__)

# === floor division and modulo with floats ===
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e10, 3), (0.3, 0.1)]:
    print(a, b, a // b, a % b, divmod(a, b))

# === exact integer results stay ints ===
print(10 ** 2, 10 ** -2, (-8) ** 2, 2 ** 0, 0 ** 5)
print(7 // 1, 7 % 1, -7 // 1, 0 // 3, -0 // 3)
print(type(4 / 2).__name__, 4 / 2 == 2, 4 / 2 != 2.5)

# === float comparisons with ints ===
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234.5678, -2))

# === int() truncation and conversions ===
for f in [3.7, -3.7, 0.999, -0.5, 1e3]:
    print(f, int(f), float(int(f)), -f)
