# === laziness: nothing runs until consumed ===
log = []
def check(x):
    log.append(x)
    return x > 2

gen = (x for x in [1, 2, 3, 4, 5] if check(x))
print(log)
print(next(gen), log)
print(next(gen), log)
print(list(gen), log)

# === next() with a generator expression finds the first match ===
log.clear()
first = next(x for x in range(100) if check(x))
print(first, log)
print(next((w for w in ["a", "bb", "ccc"] if len(w) > 5), "none found"))

# === any/all short-circuit ===
log.clear()
print(any(check(x) for x in [0, 1, 5, 0, 9]), log)
log.clear()
print(all(not check(x) for x in [1, 2, 3, 4]), log)

# === the first iterable is evaluated immediately ===
def source():
    print("source evaluated")
    return [1, 2]
g = (v * 10 for v in source())
print("created")
print(list(g))

# === exhausted generators stay empty ===
squares = (n * n for n in range(3))
print(list(squares), list(squares), sum(squares))

# === StopIteration when exhausted ===
g = (c for c in "a")
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
print(next(g, "default"))

# === generator over infinite-ish range ===
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
big = next(n for n in naturals() if n * n > 1000)
print(big)
