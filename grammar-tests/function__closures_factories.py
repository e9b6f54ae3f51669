# === function factories ===
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), [make_multiplier(k)(10) for k in range(4)])

# === accumulator with nonlocal ===
def make_acc(start=0):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add

acc = make_acc(100)
print(acc(1), acc(10), acc(-50))
acc2 = make_acc()
print(acc2(5), acc(0))

# === closures share the same cell ===
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put

get, put = pair()
put(42)
print(get())
put("changed")
print(get())

# === memoize via closure ===
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memoize
def slow_square(n):
    print(f"  computing {n}")
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
