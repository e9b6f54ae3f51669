# list.sort is CPython's timsort comparison for comparison: the same result
# when the order is inconsistent (NaN), the same pair named when a
# comparison fails, and the same partial order left behind (found by
# tests/props.rs; a NaN once made the interpreter panic).

# === which comparisons are made ===
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return "K(%r)" % self.v

data = [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4, 5]
print(sorted(K(v) for v in data))
print(len(log), log[:12])
log.clear()
big = [(i * 37) % 101 for i in range(150)] + list(range(40)) + list(range(60, 0, -1))
print(sorted(K(v) for v in big)[:5], len(log))

# === NaN makes the order inconsistent: CPython's answer ===
nan = float("nan")
xs = [3.0, nan, 1.0, 2.0, nan, 0.5, -1.0, nan, 2.5] * 3
print(sorted(xs))
print(sorted(xs, reverse=True))
ys = [(i * 7919) % 13 for i in range(80)]
ys = [nan if y % 5 == 0 else float(y) for y in ys]
print(sorted(ys)[:20])

# === a failing comparison names the pair CPython compared ===
for items in (["a", 0, "a"], [3, 1, "x", 2], [1.5, None, 2], [(1, "a"), (1, 2)]):
    for rev in (False, True):
        a = list(items)
        try:
            a.sort(reverse=rev)
        except TypeError as e:
            print(rev, e, a)

# === the list is left partially sorted ===
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("boom")
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

a = [Boom(v) for v in [9, 4, 7, 1, 8, 2, 13, 5, 3, 6, 0]]
try:
    a.sort()
except ValueError as e:
    print(e, a)
