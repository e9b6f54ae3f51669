grid_text = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""

def parse(text):
    rows = [[int(c) for c in line] for line in text.split()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("grid must be 9x9")
    return rows

def problems(g):
    found = []
    full = set(range(1, 10))
    for i in range(9):
        row = g[i]
        col = [g[r][i] for r in range(9)]
        if set(row) != full:
            found.append(f"row {i}")
        if set(col) != full:
            found.append(f"col {i}")
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = [g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
            if set(box) != full:
                found.append(f"box {br // 3},{bc // 3}")
    return found

g = parse(grid_text)
print("valid:", not problems(g))
g[0][0], g[0][1] = g[0][1], g[0][0]
print("after swap:", problems(g))
g[0][0], g[0][1] = g[0][1], g[0][0]
g[4][4] = 0
print("after blanking:", problems(g))

# === candidate digits for the blank ===
r, c = 4, 4
used = set(g[r]) | {g[i][c] for i in range(9)} | {g[i][j] for i in range(r // 3 * 3, r // 3 * 3 + 3) for j in range(c // 3 * 3, c // 3 * 3 + 3)}
print("candidates:", sorted(set(range(1, 10)) - used))
try:
    parse("123\n456")
except ValueError as e:
    print("ValueError:", e)
