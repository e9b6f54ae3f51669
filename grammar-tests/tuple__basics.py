# === creation ===
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3])
empty = ()
one = ("solo",)
not_tuple = ("solo")
print(empty, one, not_tuple, type(one).__name__, type(not_tuple).__name__)
print(tuple([1, 2]), tuple("hi"), tuple(range(3)), tuple())

# === immutability ===
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
nested = ([1, 2], "s")
nested[0].append(3)
print(nested)

# === methods and operators ===
u = (1, 2, 2, 3, 2)
print(u.count(2), u.index(3), (1, 2) + (3,), (0,) * 3, 2 in u)
print(min(u), max(u), sum(u), sorted(u, reverse=True))

# === comparison and hashing ===
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
print(hash((1, 2)) == hash((1, 2)))

# === tuple returns and swaps ===
def min_max(xs):
    return min(xs), max(xs)

lo, hi = min_max([5, 3, 9])
print(lo, hi)
lo, hi = hi, lo
print(lo, hi)
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1], reverse=True))
print([n for n, _ in pairs], dict(pairs))
