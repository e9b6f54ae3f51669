# === spiral traversal of a matrix ===
def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1 if m else -1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        top += 1
        for r in range(top, bottom + 1):
            out.append(m[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                out.append(m[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(m[r][left])
            left += 1
    return out

def make(rows, cols):
    return [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]

for shape in [(3, 3), (3, 4), (4, 2), (1, 5), (5, 1)]:
    print(shape, spiral(make(*shape)))
print(spiral([]))

# === fill a matrix in spiral order ===
def spiral_fill(n):
    grid = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid

for row in spiral_fill(5):
    print(" ".join(f"{v:2}" for v in row))

# === rotations ===
def rotate_cw(m):
    return [list(row) for row in zip(*m[::-1])]

def rotate_ccw(m):
    return [list(row) for row in zip(*m)][::-1]

m = make(2, 3)
print(m, rotate_cw(m), rotate_ccw(m))
print(rotate_cw(rotate_cw(rotate_cw(rotate_cw(m)))) == m, rotate_ccw(rotate_cw(m)) == m)

# === diagonal sums ===
sq = make(4, 4)
print(sum(sq[i][i] for i in range(4)), sum(sq[i][3 - i] for i in range(4)))
