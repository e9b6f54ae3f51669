# === nested loops in one comprehension ===
print([(x, y) for x in range(3) for y in range(x)])
print([c + d for c in "ab" for d in "xy"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([v for row in matrix for v in row if v % 2 == 0])

# === nested comprehensions ===
print([[row[i] for row in matrix] for i in range(3)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print({k: [c for c in k] for k in ["ab", "cd"]})
print([sum(v for v in row) for row in matrix])

# === loop variable does not leak ===
x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
y = "kept"
gen_total = sum(y for y in range(4))
print(y, gen_total)
d = {z: z for z in range(2)}
try:
    print(z)
except NameError as e:
    print("NameError:", e)

# === comprehension can read enclosing function locals ===
def scale_all(values, factor):
    return [v * factor for v in values]
print(scale_all([1, 2], 10))

def make_table(n):
    header = "row"
    return [f"{header}{i}:" + ",".join(str(i * j) for j in range(n)) for i in range(n)]
print(make_table(3))

# === class scope: only first iterable sees class variables ===
class Grid:
    size = 3
    cells = [i for i in range(size)]
print(Grid.cells)

# === flattening and filtering deeper ===
data = {"a": [1, 2], "b": [], "c": [3]}
print([(k, v) for k, vs in data.items() for v in vs])
print(sorted({v % 2 for vs in data.values() for v in vs}))
primes = [n for n in range(2, 40) if all(n % d for d in range(2, n))]
print(primes)
