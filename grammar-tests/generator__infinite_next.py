# === infinite counter ===
def counter(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

c = counter(10, 5)
print(next(c), next(c), next(c))

# === cycle ===
def cycle(items):
    while True:
        for item in items:
            yield item

colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])

# === take helper ===
def take(n, gen):
    out = []
    for item in gen:
        if len(out) >= n:
            break
        out.append(item)
    return out

print(take(5, counter()))
print(take(4, cycle("xy")))

# === primes generator ===
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

print(take(15, primes()))

# === collatz sequence (finite) ===
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(27))[:10], len(list(collatz(27))))

# === independent generator objects ===
a = counter()
b = counter()
next(a); next(a)
print(next(a), next(b))

# === zip with infinite generator ===
print(list(zip("abc", counter(1))))
print(dict(zip(["x", "y"], cycle([0]))))

# === next with default on finite generator ===
def two():
    yield "one"
    yield "two"
t = two()
print(next(t, None), next(t, None), next(t, None), next(t, "end"))
