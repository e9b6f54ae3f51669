# === comparisons across int, float, bool ===
print(1 == 1.0, 2**63 == 2.0**63, 2**63 + 1 == 2.0**63, 10**20 > 1e20, 10**20 == 1e20, -0 == 0, 3 > 2.999999, 3 >= True)
print(sorted([3, 2.5, True, -1, 10**20, 1e19]), max(1, 1.0), max(1.0, 1), min(0, False), [1, 1.0, True].index(True))

# === hashing equal numbers equally ===
print(hash(1) == hash(1.0) == hash(True), hash(2**61 - 1), hash(-1), hash(10**30) == hash(10**30 % (2**61 - 1)), len({1, 1.0, True, 2, 2.0}))
print({0.5: "half", 1: "one"}[1.0], {10**20: "big"}.get(1e20))

# === chained comparisons ===
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 0, x == 5 == 5.0, 1 < 2 < 3 < 2)

# === errors ===
for call in [lambda: 1 < "1", lambda: 1 >= None, lambda: [1] < 1]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", 1 != None, None == 0)
