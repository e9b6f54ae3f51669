# allow-import: math
import math

# === comb and perm ===
print([math.comb(5, k) for k in range(7)], math.comb(52, 5), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10))

# === factorial and isqrt ===
print([math.factorial(n) for n in range(8)], len(str(math.factorial(100))))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 40 + 1))

# === pascal triangle ===
for n in range(6):
    print(' '.join(str(math.comb(n, k)) for k in range(n + 1)).center(20))

# === probability ===
p = math.comb(6, 2) * math.comb(4, 1) / math.comb(10, 3)
print(round(p, 4))

# === errors ===
for f in [lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.factorial(2.5), lambda: math.comb(5.0, 2)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
