# === memo dict passed explicitly ===
def fib(n, memo=None):
    if memo is None:
        memo = {}
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1, memo) + fib(n - 2, memo)
    return memo[n]

print([fib(i) for i in range(20)])
print(fib(100))
print(fib(300))

# === module-level cache with a counter ===
cache = {0: 0, 1: 1}
calls = 0
def fib_cached(n):
    global calls
    calls += 1
    if n in cache:
        return cache[n]
    cache[n] = fib_cached(n - 1) + fib_cached(n - 2)
    return cache[n]

print(fib_cached(60), "calls:", calls)
calls = 0
print(fib_cached(61), "calls:", calls)

# === iterative and matrix versions agree ===
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def mat_mult(x, y):
    return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
            [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]

def fib_matrix(n):
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        n >>= 1
    return result[0][1]

for n in (0, 1, 2, 10, 50, 200):
    assert fib_iter(n) == fib_matrix(n) == fib(n), n
print("all methods agree; fib(200) has", len(str(fib_iter(200))), "digits")

# === properties of fibonacci numbers ===
fs = [fib_iter(i) for i in range(30)]
print([f for f in fs if f % 2 == 0][:8])
print(all(fs[i] ** 2 - fs[i - 1] * fs[i + 1] == (-1) ** (i - 1) for i in range(1, 29)))
ratios = [fs[i + 1] / fs[i] for i in range(20, 25)]
print([round(r, 10) for r in ratios])
