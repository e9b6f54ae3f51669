# === index with bounds ===
a = ["a", "b", "c", "b", "a"]
print(a.index("b"), a.index("b", 2), a.index("a", 1), a.index("a", -2), a.index("c", 0, 3), a.count("a"), a.count("z"), [1, 1.0, True].count(1))

# === equality semantics ===
print([[1], [2]].index([2]), [1, 2, 3].index(2.0), ["1", 1].index(1))

# === errors ===
for call in [lambda: a.index("z"), lambda: a.index("c", 3), lambda: a.index("a", 1, 3), lambda: a.index(), lambda: a.count(), lambda: a.index("a", "1")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
