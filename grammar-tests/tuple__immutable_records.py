# === tuples as lightweight records ===
Point = tuple
origin = (0, 0)
points = [(3, 4), (-1, 2), (0, 0), (5, -5)]
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2), [p for p in points if p == origin], points.count(origin))
x, y = points[0]
print(x, y, (x, y) == points[0], tuple(map(abs, points[3])))

# === returning multiple values ===
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([3, 1, 4, 1, 5])
print(lo, hi, mean, stats([2, 2]))

# === tuple concatenation builds new tuples ===
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u, t * 2, (t, u))

# === hashing nested tuples ===
cache = {}
for key in [(1, (2, 3)), (1, (2, 3)), ((), ()), ("a",)]:
    cache[key] = cache.get(key, 0) + 1
print(cache)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
