# === nested dict building ===
tree = {}
for path, value in [("a/b/c", 1), ("a/b/d", 2), ("a/e", 3), ("f", 4)]:
    node = tree
    *parents, leaf = path.split("/")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = value
print(tree)

# === negative indices and tuple keys ===
nums = [1, 2, 3, 4]
nums[-1] = 40
nums[-4] = 10
print(nums)
grid = {}
for r in range(2):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(0, 1)], sorted(grid)[:3])

# === index errors on assignment ===
try:
    nums[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)

# === __setitem__ on custom class ===
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        r, c = key
        self.cells[(r, c)] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")

g = Grid()
g[0, 0] = "X"
g[1, 1] = "O"
print("\n".join("".join(g[r, c] for c in range(2)) for r in range(2)))
