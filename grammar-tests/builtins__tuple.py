# === construction and use ===
t = tuple([3, 1, 2])
print(t, tuple(), tuple("ab"), tuple(range(3)), tuple(t) is t, tuple({"a": 1}), (1,) * 3, () == tuple())
print(t.count(1), t.index(2), len(t), t[0], t[-1], t[::-1], min(t), max(t), sorted(t), 2 in t, t + (4,))

# === tuples as keys and records ===
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid.get((5, 5), "none"), sorted(grid))
records = [("bob", 25), ("ann", 31)]
for name, age in sorted(records):
    print(f"{name}: {age}")

# === errors ===
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
