# === lexicographic comparison ===
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((2,), (1, 99)), ((), ()), (("a", 1), ("a", 1.0)), ((1, "b"), (1, "a"))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a > b)

# === sorting tuples sorts by fields in order ===
rows = [("bob", 25, 3.5), ("ann", 31, 2.0), ("bob", 22, 9.9), ("ann", 31, 1.0)]
print(sorted(rows), sorted(rows, reverse=True), min(rows), max(rows))
print(sorted(rows, key=lambda r: (r[1], r[0])), sorted(rows, key=lambda r: (-r[2],)))

# === comparisons short-circuit on first difference ===
print((1, "x") < (2, 0), (0, [1]) < (0, [2]))
try:
    (1, "x") < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)

# === equality with other sequences ===
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1,) == (1.0,), (None,) == (None,), (float("nan"),) == (float("nan"),))
