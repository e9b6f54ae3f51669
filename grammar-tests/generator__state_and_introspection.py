# === generator lifecycle ===
def gen():
    yield 1
    yield 2

g = gen()
print(type(g).__name__, g.__name__, iter(g) is g)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(g))

# === return value in StopIteration ===
def returns():
    yield "only"
    return {"status": "ok"}

r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)

# === generator runs lazily ===
def noisy():
    print("  started")
    yield "a"
    print("  resumed")
    yield "b"
    print("  finishing")

n = noisy()
print("created")
print(next(n))
print(next(n))
print(next(n, "end"))

# === StopIteration raised inside a generator becomes RuntimeError ===
def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# === generator already executing ===
def selfref():
    yield next(me)

me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
