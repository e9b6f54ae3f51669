# === filtering with multiple conditions and functions ===
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))

print([n for n in range(50) if is_prime(n) and n % 10 == 3])
print([n for n in range(1, 30) if n % 3 == 0 or n % 5 == 0 if n % 2])

# === transforming with conditional expression and filter ===
data = ["12", "x", "7", "", "3.5", "-4"]
def to_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print([v for s in data if (v := to_int(s)) is not None])
print([to_int(s) if to_int(s) is not None else s for s in data])

# === side effects happen in order ===
seen = []
out = [seen.append(i) or i * 2 for i in range(4)]
print(out, seen)

# === comprehension over dict items with unpacking ===
stock = {"apples": 5, "pears": 0, "plums": 12}
print([f"{k}:{v}" for k, v in stock.items() if v])
print([k for k, v in sorted(stock.items(), key=lambda kv: -kv[1])])

# === nested comprehension building a multiplication grid ===
grid = [[r * c for c in range(1, 5)] for r in range(1, 5)]
for row in grid:
    print(" ".join(f"{v:>2}" for v in row))
diagonal = [grid[i][i] for i in range(len(grid))]
print(diagonal, [row[::-1] for row in grid][0])

# === comprehension inside function using arguments and closures ===
def multiples(base, limit):
    return [base * k for k in range(1, limit + 1) if base * k <= limit * 2]
print(multiples(3, 10))

def matrix_transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]
print(matrix_transpose([[1, 2, 3], [4, 5, 6]]))

# === exceptions inside comprehensions propagate ===
try:
    [10 // n for n in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
