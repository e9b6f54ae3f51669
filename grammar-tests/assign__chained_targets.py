# === chained assignment binds the same object ===
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)

# === assignment order is left to right for targets ===
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
    def __setattr__(self, name, v):
        log.append(("attr", name, v))

r = Rec()
r[0] = r.field = r[1] = "v"
print(log)

# === tricky: index computed after value ===
items = [0, 0, 0]
i = 0
i = items[i] = 2
print(i, items)
items = [10, 20, 30]
j = 0
items[j], j = 99, 2
print(items, j)
j = 0
j, items[j] = 2, 77
print(items, j)

# === swapping attributes and items ===
class P:
    pass
p = P()
p.a, p.b = 1, 2
p.a, p.b = p.b, p.a
print(p.a, p.b)
grid = [[1, 2], [3, 4]]
grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
print(grid)
