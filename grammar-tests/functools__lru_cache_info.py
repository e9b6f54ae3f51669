# allow-import: functools
from functools import lru_cache, cache

# === cache_info counts ===
@lru_cache(maxsize=2)
def square(n):
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())

# === unbounded cache and recursion ===
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

# === typed caching ===
@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info().currsize)

# === bare decorator and parameters ===
@lru_cache
def add(a, b=0):
    return a + b
print(add(1), add(1, b=0), add(1, 0), add.cache_info().misses)
print(add.cache_parameters(), square.cache_parameters())

# === wrapped function ===
print(square.__wrapped__(9), square.__name__)

# === unhashable arguments ===
try:
    square([1])
except TypeError as e:
    print('TypeError', e)

# === maxsize 0 never caches ===
@lru_cache(maxsize=0)
def noisy(x):
    return x
noisy(1); noisy(1)
print(noisy.cache_info())
