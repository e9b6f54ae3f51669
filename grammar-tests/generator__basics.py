# === a generator function returns a generator ===
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("done")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

# === used in for loops ===
for v in count_up(2):
    print("got", v)

# === multiple yields ===
def phases():
    yield "init"
    yield "run"
    yield "cleanup"

print(list(phases()), tuple(phases()), "-".join(phases()))

# === yield in loops with conditions ===
def evens_upto(n):
    for i in range(n + 1):
        if i % 2 == 0:
            yield i

print(list(evens_upto(10)), sum(evens_upto(100)))

# === generators are iterators ===
g = phases()
print(iter(g) is g)
for item in g:
    if item == "run":
        break
print(list(g))

# === fibonacci generator ===
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
for n in fib():
    if n > 500:
        print("first over 500:", n)
        break

# === generator holding local state across yields ===
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total

print(list(running_total([5, 10, -3, 8])))
