# === defaults are evaluated once ===
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))

# === the None idiom ===
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2))

# === default evaluated at definition time ===
base = 10
def add_base(x, b=base):
    return x + b
base = 1000
print(add_base(1))

# === memo via mutable default ===
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

print(fib(50), fib(80))

# === dict default shared across calls ===
def register(name, registry={}):
    registry[name] = len(registry)
    return registry

register("a")
register("b")
print(register("c"))

# === default referencing earlier computation ===
def make_defaults():
    calls = []
    def tracked(x=len(calls)):
        calls.append(x)
        return calls
    return tracked

t = make_defaults()
print(t(), t(), t(9))
