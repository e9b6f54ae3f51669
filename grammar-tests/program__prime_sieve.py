# === sieve of eratosthenes ===
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])

# === trial division agrees ===
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

assert [n for n in range(200) if is_prime(n)] == sieve(199)
print(is_prime(1_000_003), is_prime(1_000_001), is_prime(2 ** 31 - 1))

# === factorization ===
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

for n in (360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143):
    f = factorize(n)
    pretty = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())
    print(f"{n} = {pretty}")

# === twin primes and gaps ===
ps = sieve(200)
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(twins)
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(dict(sorted(gaps.items())))

# === goldbach for small evens ===
pset = set(ps)
for even in range(4, 31, 2):
    p = next(p for p in ps if even - p in pset)
    print(f"{even}={p}+{even - p}", end=" ")
print()
