# allow-import: collections
import collections
from collections import Counter, defaultdict, deque, namedtuple

# === word frequency report ===
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
tokens = [w.strip(",.").lower() for w in text.split()]
freq = Counter(tokens)
for word, n in freq.most_common(5):
    print(f"{word:>10} {n:3d} {'#' * n}")
print("distinct:", len(freq), "total:", freq.total())

# === BFS shortest path on a grid ===
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
frontier = deque([start])
came_from = {start: None}
while frontier:
    cur = frontier.popleft()
    if cur == goal:
        break
    r, c = cur
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in came_from:
            came_from[(nr, nc)] = cur
            frontier.append((nr, nc))
path = []
node = goal
while node is not None:
    path.append(node)
    node = came_from[node]
print("steps:", len(path) - 1, path[::-1][:4])

# === inventory records ===
Item = namedtuple("Item", "sku name qty price")
stock = [
    Item("A1", "widget", 10, 2.5),
    Item("B2", "gadget", 0, 10.0),
    Item("C3", "doohickey", 4, 7.25),
    Item("A4", "widget", 3, 2.75),
]
by_name = defaultdict(list)
for it in stock:
    by_name[it.name].append(it)
for name, items in sorted(by_name.items()):
    value = sum(i.qty * i.price for i in items)
    print(f"{name:<10} units={sum(i.qty for i in items):>3} value={value:8.2f}")
restock = [it._replace(qty=5) for it in stock if it.qty == 0]
print(restock)

# === moving average over a stream ===
def moving_average(values, n=3):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out
print(moving_average([3, 5, 7, 2, 8, 10, 1]))

# === task scheduler with round robin ===
tasks = deque([("build", 3), ("test", 2), ("lint", 1)])
timeline = []
while tasks:
    name, left = tasks.popleft()
    timeline.append(name)
    if left > 1:
        tasks.append((name, left - 1))
print(" -> ".join(timeline))

# === anagram buckets and module access ===
buckets = collections.defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    buckets["".join(sorted(w))].append(w)
print(sorted((len(v), sorted(v)) for v in buckets.values() if len(v) > 1))
hist = collections.Counter(len(w) for w in buckets)
print(sorted(hist.items()), collections.OrderedDict(sorted(hist.items())))
