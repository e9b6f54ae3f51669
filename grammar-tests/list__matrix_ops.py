# === matrices as lists of lists ===
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
def transpose(m):
    return [list(r) for r in zip(*m)]
print(matmul(A, B), transpose(A), transpose(transpose(A)) == A)
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(identity, matmul(A, identity) == A)

# === rotating and flipping ===
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rot90 = [list(r) for r in zip(*grid[::-1])]
print(rot90, [row[::-1] for row in grid], grid[::-1], [grid[i][i] for i in range(3)])

# === formatting a matrix ===
for row in matmul(B, A):
    print(" ".join(f"{v:4d}" for v in row))
