# === digit manipulation ===
def digits(n, base=10):
    if n == 0:
        return [0]
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(d)
    return out[::-1]

print(digits(9876), digits(255, 16), digits(10, 2), digits(0))

def from_digits(ds, base=10):
    n = 0
    for d in ds:
        n = n * base + d
    return n

print(from_digits([1, 2, 3]), from_digits([1, 0, 1, 1], 2), from_digits(digits(2 ** 40, 7), 7))

# === integer square root by Newton ===
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print([isqrt(k) for k in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 101]])

# === fast exponentiation ===
def power(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result

for b, e, m in [(2, 10, 1000), (7, 123, 13), (10 ** 9, 10 ** 9, 998244353)]:
    print(power(b, e, m), pow(b, e, m))

# === collatz lengths ===
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print({n: collatz(n) for n in [1, 6, 7, 27, 97]})
