# === unpacking dict items, keys, values ===
prices = {"apple": 1.2, "pear": 0.8, "fig": 2.5}
(k1, v1), *rest = prices.items()
print(k1, v1, rest)
first_key, *_ = prices
*_, last_value = prices.values()
print(first_key, last_value)

# === zip and unzip ===
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
pairs = list(zip(names, ages))
n2, a2 = zip(*pairs)
print(pairs, n2, a2)
print(dict(zip(names, ages)), {a: n for n, a in zip(names, ages)})

# === enumerate with start and unpacking in comprehension ===
print([f"{i}:{n}" for i, n in enumerate(names, start=1)])
print([(n, a) for (n, a) in sorted(zip(names, ages), key=lambda p: p[1])])

# === merging dicts with unpacking ===
defaults = {"color": "red", "size": "M"}
override = {"size": "L"}
print({**defaults, **override}, dict(defaults, **override), defaults | override)

# === swapping keys and values safely ===
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
