# === counting calls with a closure ===
def counted(func):
    count = 0
    def wrapper(*args, **kwargs):
        nonlocal count
        count += 1
        print(f"call #{count} to {func.__name__}")
        return func(*args, **kwargs)
    return wrapper

@counted
def hello(name):
    return f"hello {name}"

print(hello("a"))
print(hello("b"))

# === retry decorator ===
def retry(times):
    def deco(func):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco

state = {"calls": 0}

@retry(3)
def flaky(threshold):
    state["calls"] += 1
    if state["calls"] < threshold:
        raise ValueError(f"not yet ({state['calls']})")
    return "success"

print(flaky(2))
state["calls"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)

# === memoization with visible cache ===
def memo(func):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(10, 10), len(grid_paths.cache))
print(grid_paths(16, 16))

# === decorator that changes the return type ===
def as_list(func):
    def wrapper(*args):
        return list(func(*args))
    return wrapper

@as_list
def squares(n):
    for i in range(n):
        yield i * i

print(squares(5), type(squares(2)).__name__)

# === timing-free "slow call" log using a shared list ===
CALLS = []
def audit(tag):
    def deco(func):
        def wrapper(*a, **k):
            CALLS.append((tag, func.__name__, a))
            return func(*a, **k)
        return wrapper
    return deco

@audit("math")
def add(a, b):
    return a + b

@audit("text")
def shout(s):
    return s.upper()

add(1, 2); shout("x"); add(3, 4)
print(CALLS)
