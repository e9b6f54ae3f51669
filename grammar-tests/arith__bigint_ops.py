# === factorial and powers grow without overflow ===
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(25))
print(fact(30) // fact(28))
print(2 ** 100, -(2 ** 100), 2 ** 100 - 1)
print(len(str(3 ** 200)), str(7 ** 77)[:20])

# === bigint floor division and modulo signs ===
big = 10 ** 30 + 7
for d in [3, -3, 10 ** 15, -(10 ** 15) - 1]:
    print(big // d, big % d, (-big) // d, (-big) % d)

# === divmod identity holds ===
for a in [12345678901234567890, -98765432109876543210]:
    for b in [97, -97, 10 ** 10 + 1]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(q, r)

# === mixing bigint with floats ===
print(2 ** 64 / 2 ** 32, float(2 ** 70), 2 ** 70 * 0.5)
print(10 ** 20 + 0.0, int(1e20) == 10 ** 20)

# === pow with modulus on big values ===
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(2 ** 80, 3, 1000003))
print(pow(12345, -1, 1000003) * 12345 % 1000003)

# === gcd by hand on big numbers ===
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(2 ** 90 * 3 ** 5, 2 ** 40 * 3 ** 20 * 7))
