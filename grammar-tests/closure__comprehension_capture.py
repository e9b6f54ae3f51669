# === comprehension variables are not leaked ===
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)

# === closures inside comprehensions capture each iteration's cell? no: shared ===
fns = [lambda: v for v in range(3)]
print([f() for f in fns])

# === but each nested comprehension function gets its own scope ===
fns = [(lambda v: lambda: v)(v) for v in range(3)]
print([f() for f in fns])

# === comprehension referencing enclosing function's variable ===
def scaled(values, factor):
    return [v * factor for v in values]

print(scaled([1, 2, 3], 10))

# === class body variable is not visible in comprehension (except first iterable) ===
class K:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    try:
        offsets = [b + len(base) for b in range(2)]
    except NameError as e:
        offsets = f"NameError: {e}"

print(K.doubled, K.offsets)

# === nested comprehension closes over outer comprehension variable ===
grid = [[(r, c) for c in range(r + 1)] for r in range(3)]
print(grid)
