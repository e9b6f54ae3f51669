# === adjacency list from edge list ===
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for node in sorted(graph):
    print(node, "->", sorted(graph[node]))

# === breadth-first search with a list as queue ===
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in sorted(graph[node]):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return dist, parent

dist, parent = bfs("a")
print(dist)

def path_to(target):
    if target not in parent:
        return None
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]

print(path_to("e"), path_to("g"))

# === depth-first search, recursive ===
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

print(dfs("a"), dfs("g"))

# === connected components ===
remaining = set(graph)
components = []
while remaining:
    start = min(remaining)
    comp = set(bfs(start)[0])
    components.append(sorted(comp))
    remaining -= comp
print(components)

# === grid shortest path ===
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "##.##.#.",
    "......#E",
]
rows, cols = len(maze), len(maze[0])
start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
frontier = [start]
steps = {start: 0}
while frontier:
    nxt_frontier = []
    for r, c in frontier:
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in steps:
                steps[(nr, nc)] = steps[(r, c)] + 1
                nxt_frontier.append((nr, nc))
    frontier = nxt_frontier
print("start", start, "end", end, "shortest", steps.get(end))
