# === reversed ranges ===
for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(-3, 3)]:
    print(r, list(reversed(r)), r[::-1], list(r[::-1]) == list(reversed(r)))

# === membership is arithmetic, not a scan ===
big = range(0, 10**12, 3)
print(999999999999 in big, 10**12 - 1 in big, 3 * 10**11 in big, -3 in big, 1.5 in range(3), True in range(2), 2.0 in range(3))

# === count and index ===
r = range(5, 50, 5)
print(r.count(25), r.count(26), r.index(45), [r.index(v) for v in (5, 10, 15)])
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
