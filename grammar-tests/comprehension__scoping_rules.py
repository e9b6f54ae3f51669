# === loop variable does not leak ===
x = "kept"
[x for x in range(3)]
print(x)

# === outer names are read ===
factor = 3
print([i * factor for i in range(4)])

# === first iterable evaluated immediately, rest lazily per item ===
def source(tag, n):
    print(f"  source {tag}")
    return range(n)

result = [(a, b) for a in source("outer", 2) for b in source("inner", 2)]
print(result)

# === comprehension in a function sees locals ===
def f(limit):
    local = [10, 20, 30]
    return [v for v in local if v < limit]
print(f(25))

# === comprehension in class body: only the first iterable sees class names ===
class Table:
    size = 3
    rows = [r for r in range(size)]
    try:
        cells = [(r, c) for r in range(size) for c in range(size)]
    except NameError as e:
        cells = str(e)
print(Table.rows, Table.cells)

# === walrus leaks to the enclosing scope ===
vals = [y := 0] + [y := y + i for i in range(5)]
print(vals, y)

# === nested comprehension shadowing ===
print([[i for i in range(i)] for i in range(4)])
