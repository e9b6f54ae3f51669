class Inventory:
    def __init__(self):
        self._items = {}

    def __setitem__(self, key, qty):
        print(f"set {key}={qty}")
        self._items[key] = qty

    def __getitem__(self, key):
        return self._items[key]

    def __delitem__(self, key):
        del self._items[key]

    def __contains__(self, key):
        return key in self._items and self._items[key] > 0

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items))

inv = Inventory()

# === __setitem__ / __getitem__ / __delitem__ ===
inv["apple"] = 3
inv["pear"] = 0
inv["fig"] = 7
inv["apple"] += 1
print(inv["apple"], len(inv))
del inv["fig"]
print(len(inv), list(inv))
try:
    inv["banana"]
except KeyError as e:
    print("KeyError:", e)

# === __contains__ ===
print("apple" in inv, "pear" in inv, "kiwi" not in inv)

# === sequence via __getitem__ with ints and slices ===
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("squares index out of range")
        return i * i

sq = Squares(6)
print(sq[3], sq[-1], sq[1:4], sq[::2], len(sq))
print(list(sq), 16 in sq, 17 in sq)
for v in Squares(3):
    print("iter via __getitem__:", v)
try:
    sq[10]
except IndexError as e:
    print("IndexError:", e)

# === a grid with tuple keys ===
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [["."] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v
    def __str__(self):
        return "\n".join("".join(row) for row in self.cells)

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = g[0, 0]
print(g)
