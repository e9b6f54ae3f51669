# === attributes and len ===
for r in [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(-3, -10, -3), range(0, -5)]:
    print(r, r.start, r.stop, r.step, len(r), list(r), bool(r))

# === indexing and slicing give ranges ===
r = range(0, 100, 7)
print(r[0], r[-1], r[5], r[2:5], r[::-1], r[::3], r[-3:], r[100:], list(r[1:4]), r[::-1][0])

# === membership and index/count ===
print(14 in r, 15 in r, 14.0 in r, "a" in r, r.index(98), r.count(98), r.count(99), range(5).index(True))

# === equality compares the sequence ===
print(range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(1, 10, 5) == range(1, 7, 5), range(3) != range(4), hash(range(3)) == hash(range(0, 3)))

# === huge ranges are lazy ===
h = range(10**15)
print(len(h), h[-1], 10**14 in h, h.index(12345), h[10**14:10**14 + 3], list(reversed(range(3))))

# === errors ===
for call in [lambda: r[100], lambda: r.index(1), lambda: range(1, 2, 0), lambda: range(1.5), lambda: r["a"], lambda: len(range(10**30))]:
    try:
        call()
    except (IndexError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
