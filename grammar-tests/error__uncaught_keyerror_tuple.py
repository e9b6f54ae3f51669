# === KeyError with a tuple key shows the tuple ===
grid = {(0, 0): "start", (1, 0): "path", (1, 1): "goal"}
pos = (0, 0)
moves = [(1, 0), (0, 1), (1, 0)]
for dx, dy in moves:
    pos = (pos[0] + dx, pos[1] + dy)
    print("at", pos, "->", grid[pos])
