# === map/filter/sorted with functions ===
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(list(map(len, words)))
print(list(map(str.lower, words)))
print(list(filter(lambda w: len(w) > 4, words)))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(max(words, key=len), min(words, key=lambda w: w[-1]))

# === map with multiple iterables ===
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])))

# === functions returning functions ===
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

# === reduce by hand ===
def fold(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc

print(fold(lambda a, b: a + b, range(10), 0), fold(lambda a, b: b + a, "abc", ""))

# === partial application by closure ===
def partial(fn, *bound):
    def call(*more):
        return fn(*bound, *more)
    return call

p = partial(max, 10)
print(p(3), p(30), p(1, 50, 2))
