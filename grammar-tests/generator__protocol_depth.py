# === generators in depth ===
def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"
g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def naturals():
    i = 0
    while True:
        yield i
        i += 1
print(take(5, naturals()), take(3, (x * x for x in naturals() if x % 2)))
def chain(*its):
    for it in its:
        result = yield from it
    return result
print(list(chain([1, 2], (3, 4), "ab")))
def inner():
    yield 1
    return 99
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
def echo():
    try:
        while True:
            try:
                v = yield
                print("got", v)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")
e = echo(); next(e); e.send(1); e.throw(ValueError("bad")); e.send(2); e.close()
g2 = countdown(2)
print(list(g2), list(g2))
try:
    next(g2)
except StopIteration as s:
    print("stop", s.value)
gen = (i for i in range(3))
print(type(gen).__name__, sum(gen), sum(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([f for _, f in zip(range(10), fib())], next(x for x in fib() if x > 1000))
# === closures & scope ===
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
def outer_fn():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer_fn())
total = 0
def add_global(v):
    global total
    total += v
for v in range(5):
    add_global(v)
print(total)
# === exceptions in depth ===
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
class NotFound(AppError):
    pass
def find(key, data):
    try:
        return data[key]
    except KeyError as e:
        raise NotFound(404, f"missing {key!r}") from e
try:
    find("x", {})
except AppError as err:
    print(type(err).__name__, err, err.code, repr(err.__cause__), isinstance(err, Exception))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("wrapped")
except ValueError as v:
    print(v, type(v.__context__).__name__)
print(repr(ValueError("a", 1)), str(KeyError("k")), str(Exception()), ValueError("x").args)
