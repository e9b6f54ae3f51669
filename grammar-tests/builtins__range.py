# === forms ===
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)), list(range(-3, 3, 2)))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -5, -1)), range(10)[2:8:2], range(10)[::-1])

# === properties ===
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r, r.index(11), r.count(7), r.count(8))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3) == [0, 1, 2], bool(range(0)), bool(range(1)))
big = range(10**18, 10**18 + 10**6, 7)
print(len(big), big[-1], 10**18 + 7 in big, big.index(10**18 + 70))

# === loops ===
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(0, 100, 2)), list(reversed(range(4))), sorted(range(5), reverse=True))

# === errors ===
for args in [(1, 2, 0), (1.5,), ("3",), (1, 2, 3, 4), ()]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: range(3)[3], lambda: range(3).index(5), lambda: range(3)["a"]]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
