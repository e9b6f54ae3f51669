# === float to int ===
for x in [3.7, -3.7, 0.5, -0.5, 1e20, -1e-20, 2.5, 3.5, float(2**63)]:
    print(x, int(x), round(x), x // 1, int(x // 1), -int(-x // 1))

# === int to float precision ===
for n in [2**53, 2**53 + 1, 2**63 - 1, 10**17 + 1, -(2**60) - 1]:
    f = float(n)
    print(n, f, int(f) == n, int(f) - n)

# === truthiness and equality across types ===
print(float(0) == 0, float("-0") == 0, 1.0 == True, int(1.9999999999999999), int(0.9999999999999999))
