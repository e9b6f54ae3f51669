# === breaking out of nested loops with a flag ===
grid = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]
target = 7
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == target:
            found = (r, c)
            break
    if found:
        break
print("found at", found)

# === same with a function and return ===
def locate(grid, pred):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if pred(value):
                return r, c, value
    return None

print(locate(grid, lambda v: v > 10), locate(grid, lambda v: v % 5 == 0), locate(grid, lambda v: v < 0))

# === with for/else chain ===
for row in grid:
    for v in row:
        if v == 10:
            break
    else:
        continue
    print("broke out of row", row)
    break

# === continue in nested loops only affects inner ===
out = []
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        out.append(f"{a}{b}")
print(out)

# === counting iterations of while inside for ===
steps = []
for start in [1, 5, 10]:
    n = start
    count = 0
    while n < 20:
        n *= 2
        count += 1
        if count > 3:
            break
    steps.append((start, n, count))
print(steps)
