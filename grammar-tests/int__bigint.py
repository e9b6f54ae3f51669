# === big arithmetic ===
a = 2**200
b = 3**120
print(a, b)
print(a + b, a - b, a * b % 10**30, a // b, a % b, -a // 7, -a % 7, divmod(b, a))
print(a.bit_length(), len(str(b)), str(a)[:10], a == 2**200, a > b, -a < -b, abs(-a) == a)

# === factorial and fibonacci ===
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)), sum(int(c) for c in str(f)))
x, y = 0, 1
for _ in range(300):
    x, y = y, x + y
print(x)

# === mixing with floats ===
print(float(2**100), 2**100 / 2**99, 10**20 / 3, int(1e30), 2**64 * 1.0, (2**53 + 1) == float(2**53 + 1))
print(10**400 // 10**399, 10**18 * 10**18, pow(2, 1000) % 1000007, -(2**100) >> 90, (2**100) & (2**99 + 5), (2**100) | 1, (2**70) ^ (2**70))

# === errors ===
for call in [lambda: float(10**400), lambda: 10**400 / 1, lambda: 2.0 ** 10**400, lambda: 10**400 * 1.0]:
    try:
        call()
    except OverflowError as e:
        print(type(e).__name__, e)
