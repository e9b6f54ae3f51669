# === retry decorator with parameters ===
def retry(times, exceptions=(Exception,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco

failures = iter([True, True, False])

@retry(3, exceptions=(ConnectionError,))
def fetch():
    if next(failures):
        raise ConnectionError("timeout")
    return "payload"

print(fetch())

@retry(2)
def always_bad():
    raise ValueError("nope")

try:
    always_bad()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# === decorator usable with and without arguments ===
def tagged(fn=None, *, label="default"):
    def deco(f):
        def wrapper(*a):
            return f"[{label}] {f(*a)}"
        return wrapper
    if fn is not None:
        return deco(fn)
    return deco

@tagged
def one():
    return "one"

@tagged(label="custom")
def two():
    return "two"

print(one(), two())

# === type-checking decorator ===
def accepts(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@accepts(int, str)
def repeat(n, s):
    return s * n

print(repeat(3, "ab"))
try:
    repeat("3", "ab")
except TypeError as e:
    print("TypeError:", e)
