# allow-import: itertools
import itertools
from itertools import groupby, tee, zip_longest

# === groupby ===
print([(k, list(g)) for k, g in groupby("aaabbbcdaa")])
print([k for k, _ in groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for kind, group in groupby(records, key=lambda r: r[0]):
    print(kind, [name for _, name in group])
data = sorted(["bob", "alice", "ann", "carl", "beth"], key=lambda s: s[0])
print({k: list(g) for k, g in groupby(data, lambda s: s[0])})
print(list(groupby([])), [(k, list(g)) for k, g in groupby([5], key=None)])

# === groupby: groups are invalidated when the parent advances ===
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("xxyz")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
run_lengths = "".join(f"{len(list(g))}{k}" for k, g in groupby("WWWWBBBWWC"))
print(run_lengths)

# === tee ===
a, b = tee([1, 2, 3, 4])
print(list(a), list(b))
x, y, z = tee(iter("abc"), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(tee([1], 0), len(tee("ab")))
first, second = tee(i * i for i in range(5))
print(list(zip(first, second)))
p, q = tee(range(6))
next(q)
print([b - a for a, b in zip(p, q)])
print(type(a).__name__)

# === zip_longest ===
print(list(zip_longest("abc", "xy")))
print(list(zip_longest("ab", [1, 2, 3], fillvalue=0)))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("a", "", "bc", fillvalue="-")))
names, scores = ["ann", "bob", "cid"], [90, 85]
for n, s in zip_longest(names, scores, fillvalue="n/a"):
    print(f"{n}: {s}")

# === chunking helpers agents write ===
def chunked(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunked(range(10), 4)))
def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fill)
print(list(grouper("ABCDEFG", 3, "x")))
flat = list(itertools.chain.from_iterable([[1, 2], [3], [], [4, 5]]))
print(flat, sum(1 for _ in itertools.filterfalse(lambda v: v > 2, flat)))

# === errors ===
for thunk in [
    lambda: groupby(),
    lambda: groupby(1),
    lambda: groupby([], keyfunc=len),
    lambda: tee(),
    lambda: tee(1),
    lambda: tee([1], -1),
    lambda: tee([1], "a"),
    lambda: tee([1], n=2),
    lambda: zip_longest(1),
    lambda: zip_longest([1], fill=2),
    lambda: [list(g) for k, g in groupby([1, "a"], key=lambda v: v < 1)],
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
