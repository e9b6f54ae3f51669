# allow-import: functools
from functools import lru_cache, cache, cached_property

# === lru_cache on recursion ===
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())

@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(50), ways.cache_info().currsize > 0)

# === bounded cache evicts least recently used ===
calls = []
@lru_cache(maxsize=2)
def load(key):
    calls.append(key)
    return key.upper()
for k in ["a", "b", "a", "c", "b", "a"]:
    load(k)
print(calls, load.cache_info())
print(load.cache_parameters(), load.__name__, load.__wrapped__("z"), calls[-1])

# === bare decorator, typed, keyword arguments ===
@lru_cache
def square(x):
    return x * x
print([square(v) for v in [2, 3, 2, 2]], square.cache_info())
@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().misses)
@lru_cache(maxsize=8)
def area(w, h=1):
    return w * h
print(area(2, 3), area(2, h=3), area(w=2, h=3), area(2, 3), area.cache_info())
@lru_cache(maxsize=0)
def never(x):
    return x
print(never(1), never(1), never.cache_info())

# === methods and unhashable arguments ===
class Grid:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
g = Grid(5)
print(g.paths(10, 10), Grid.paths.cache_info().hits > 0)
try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)

# === cached_property ===
class Dataset:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)
d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed)
d.rows.append(10)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = -1
print(d.total, d.computed)

# === errors ===
for thunk in [
    lambda: lru_cache("big"),
    lambda: cache(3),
    lambda: lru_cache(maxsize=4)(5),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

# === a key whose __eq__ re-enters the cache ===
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        probe(0)
        return isinstance(other, Key) and self.v == other.v
@lru_cache(maxsize=4)
def probe(k):
    return 0 if k == 0 else k.v * 2
print(probe(Key(1)), probe(Key(1)), probe(Key(2)), probe.cache_info())
