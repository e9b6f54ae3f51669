# === infinite generators consumed partially ===
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, it):
    return [x for _, x in zip(range(n), it)]

print(take(5, count()), take(4, count(10, -3)), take(3, count(0.5, 0.25)))

# === primes with an incremental sieve ===
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1

print(take(15, primes()))

# === cycling and repeating ===
def cycle(items):
    saved = list(items)
    while saved:
        yield from saved

def repeat(x, times=None):
    if times is None:
        while True:
            yield x
    else:
        for _ in range(times):
            yield x

print(take(7, cycle("abc")), list(repeat("z", 3)), take(2, repeat(0)), take(3, cycle([])))

# === generator comprehension over an infinite generator with a stop condition ===
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

print(list(takewhile(lambda p: p < 40, primes())))
print(sum(takewhile(lambda n: n < 100, (i * i for i in count()))))
