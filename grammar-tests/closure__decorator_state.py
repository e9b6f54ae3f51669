# === decorator with closure state: call counting ===
def count_calls(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def greet(name):
    return f"hi {name}"

print(greet("a"), greet("b"), greet.calls)

# === rate limiter closure ===
def limit(n):
    def deco(fn):
        remaining = n
        def wrapper(*args):
            nonlocal remaining
            if remaining <= 0:
                return "limit reached"
            remaining -= 1
            return fn(*args)
        return wrapper
    return deco

@limit(2)
def ping(x):
    return f"pong {x}"

print([ping(i) for i in range(4)])

# === cache keyed on arguments ===
def cached(fn):
    store = {}
    def wrapper(*args):
        if args in store:
            return store[args], "hit"
        store[args] = fn(*args)
        return store[args], "miss"
    return wrapper

@cached
def add(a, b):
    return a + b

print(add(1, 2), add(1, 2), add(2, 1))

# === closures remember configuration ===
def make_formatter(prefix, width):
    def fmt(value):
        return f"{prefix}{value:>{width}}"
    return fmt

fmts = [make_formatter(">", 4), make_formatter("$", 8)]
print([f(42) for f in fmts])
