# === map/filter/reduce-style pipelines with lambdas ===
data = [5, 3, 8, 1, 9, 2, 7]
evens = list(filter(lambda x: x % 2 == 0, data))
squares = list(map(lambda x: x * x, data))
pairs = list(map(lambda a, b: (a, b), data, reversed(data)))
print(evens, squares, pairs[:3])

def reduce(fn, items, init):
    for x in items:
        init = fn(init, x)
    return init

print(reduce(lambda acc, x: acc + x, data, 0), reduce(lambda acc, x: max(acc, x), data, 0))
print(reduce(lambda acc, x: acc + [x] if x not in acc else acc, [1, 2, 1, 3, 2], []))

# === dispatch table of lambdas ===
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
    "max": lambda a, b: a if a > b else b,
}
for sym in ops:
    print(sym, ops[sym](12, 4), ops[sym](3, 0))

# === grouping with a key lambda ===
words = ["ant", "bee", "cat", "ape", "bat", "cow"]
groups = {}
key = lambda w: w[0]
for w in words:
    groups.setdefault(key(w), []).append(w)
print(groups)
