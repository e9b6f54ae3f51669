# === iterative binary search ===
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 1000, 7))
for t in (0, 7, 693, 994, 500, -5, 2000):
    print(t, binary_search(data, t))

# === recursive variant ===
def bsearch_rec(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch_rec(xs, target, mid + 1, hi)
    return bsearch_rec(xs, target, lo, mid)

assert all(bsearch_rec(data, v) == i for i, v in enumerate(data))
print("recursive agrees", bsearch_rec(data, 3), bsearch_rec([], 1))

# === lower and upper bounds with duplicates ===
def lower_bound(xs, t):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(xs, t):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= t:
            lo = mid + 1
        else:
            hi = mid
    return lo

dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in (0, 2, 4, 5, 9):
    lo, hi = lower_bound(dups, t), upper_bound(dups, t)
    print(f"t={t}: [{lo}, {hi}) count={hi - lo}")

# === search on a predicate: integer square root ===
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 12, 10 ** 30 + 5)])

# === search over floats: solve x^3 = 10 ===
lo, hi = 0.0, 10.0
for _ in range(60):
    mid = (lo + hi) / 2
    if mid ** 3 < 10:
        lo = mid
    else:
        hi = mid
print(f"{lo:.12f}")
