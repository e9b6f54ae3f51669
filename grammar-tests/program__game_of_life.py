# === conway's game of life on a small fixed grid ===
def parse(picture):
    return {(r, c) for r, line in enumerate(picture) for c, ch in enumerate(line) if ch == "#"}

def neighbors(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]

def step(live, rows, cols):
    counts = {}
    for cell in live:
        for n in neighbors(cell):
            if 0 <= n[0] < rows and 0 <= n[1] < cols:
                counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

glider = [
    ".#......",
    "..#.....",
    "###.....",
    "........",
    "........",
    "........",
]
rows, cols = len(glider), len(glider[0])
live = parse(glider)
for gen in range(5):
    print(f"generation {gen} ({len(live)} alive)")
    print(render(live, rows, cols))
    live = step(live, rows, cols)

# === blinker oscillates with period 2 ===
blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker, b1 == blinker)

# === block is stable ===
block = parse(["....", ".##.", ".##.", "...."])
print(step(block, 4, 4) == block)
