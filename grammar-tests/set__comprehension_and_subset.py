# === set comprehensions ===
words = "apple banana apricot cherry avocado blueberry".split()
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}), sorted({w for w in words if w.startswith("a")}))
print(sorted({(w[0], len(w)) for w in words}), len({x % 5 for x in range(100)}))

# === subset and superset relations ===
required = {"name", "email"}
forms = [{"name": 1, "email": 2, "age": 3}, {"name": 1}, {}]
for f in forms:
    keys = set(f)
    print(sorted(keys), required <= keys, required.issubset(f), keys >= required, sorted(required - keys), keys.isdisjoint(required))
print({1, 2} < {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, set() < {1}, set() <= set(), {1} > set(), {3} > {1, 2})
