# === exponent growth ===
for e in [10, 64, 100, 200]:
    v = 2 ** e
    print(e, v if e < 100 else str(v)[:20] + "...", v.bit_length(), len(str(v)))
print(pow(3, 200) % 1000, 7 ** 77 % 10 ** 9, (-3) ** 33, (-2) ** 64, 0 ** 0, 1 ** 10 ** 6)

# === big integer identities ===
a, b = 12345678901234567890, 98765432109876543210
print(a * b, (a * b) // b == a, (a + b) ** 2 == a * a + 2 * a * b + b * b, a ^ b, a & b, a | b, ~a, -a >> 10, a << 70)
print(divmod(b, a), b % -a, -b // a, abs(-a) == a, max(a, b, 10 ** 19), sorted([b, a, -a]))

# === gcd and modular arithmetic by hand ===
def gcd(x, y):
    while y:
        x, y = y, x % y
    return abs(x)
print(gcd(a, b), gcd(2 ** 100, 6 ** 50), pow(a, b, 10 ** 9 + 7), pow(a, -1, 10 ** 9 + 7) * a % (10 ** 9 + 7))
