# === helpers on lists of lists ===
def shape(m):
    return len(m), len(m[0]) if m else 0

def matmul(a, b):
    (n, k), (k2, p) = shape(a), shape(b)
    if k != k2:
        raise ValueError(f"shape mismatch: {n}x{k} @ {k2}x{p}")
    return [[sum(a[i][t] * b[t][j] for t in range(k)) for j in range(p)] for i in range(n)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show(m, name):
    print(f"{name} ({shape(m)[0]}x{shape(m)[1]}):")
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(f"{v:>{width}}" for v in row) + "]")

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]

# === products ===
show(matmul(A, B), "A@B")
show(matmul(B, A), "B@A")
show(transpose(A), "A^T")
print(matmul(A, identity(3)) == A, matmul(identity(2), A) == A)

# === errors ===
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)

# === matrix power ===
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e % 2:
            result = matmul(result, m)
        m = matmul(m, m)
        e //= 2
    return result

show(matpow([[1, 1], [1, 0]], 30), "fib^30")

# === determinant by cofactor expansion ===
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))

# === float matrices ===
R = [[0.5, -0.25], [0.125, 2.0]]
show(matmul(R, R), "R@R")
