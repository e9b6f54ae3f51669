maze = [
    "##########",
    "#S   #   #",
    "# ## # # #",
    "#  #   # #",
    "## ##### #",
    "#      #E#",
    "# #### # #",
    "#    #   #",
    "##########",
]

def find(ch):
    for r, row in enumerate(maze):
        c = row.find(ch)
        if c != -1:
            return r, c
    raise ValueError(f"{ch!r} not in maze")

def neighbors(r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if maze[nr][nc] != "#":
            yield nr, nc

def bfs(start, goal):
    frontier = [start]
    came = {start: None}
    while frontier:
        nxt = []
        for cell in frontier:
            if cell == goal:
                path = []
                while cell:
                    path.append(cell)
                    cell = came[cell]
                return path[::-1]
            for n in neighbors(*cell):
                if n not in came:
                    came[n] = cell
                    nxt.append(n)
        frontier = nxt
    return None

start, goal = find("S"), find("E")
path = bfs(start, goal)
print("start", start, "goal", goal, "steps", len(path) - 1)
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
try:
    find("X")
except ValueError as e:
    print("ValueError:", e)
