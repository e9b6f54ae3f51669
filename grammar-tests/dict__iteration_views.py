prices = {"apple": 1.2, "banana": 0.5, "cherry": 3.0}

# === iterating keys, values, items ===
for k in prices:
    print(k, end=" ")
print()
for v in prices.values():
    print(v, end=" ")
print()
for k, v in prices.items():
    print(f"{k}={v}", end=" ")
print()

# === views are live ===
keys = prices.keys()
items = prices.items()
prices["date"] = 2.2
print(list(keys), len(items), ("date", 2.2) in items, "fig" in keys)

# === modifying while iterating raises ===
try:
    for k in prices:
        if k == "apple":
            del prices[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(prices)

# === safe modification via list(...) copy ===
for k in list(prices):
    if prices[k] < 1:
        del prices[k]
print(prices)

# === dict comprehension transforms ===
doubled = {k: v * 2 for k, v in prices.items()}
upper = {k.upper(): v for k, v in prices.items() if v > 2}
print(doubled, upper)

# === sorting by key and value ===
print(sorted(prices), sorted(prices.values()), sorted(prices.items(), key=lambda kv: kv[1], reverse=True))
print(dict(sorted(prices.items())))

# === equality ignores order ===
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))

# === keys view set operations ===
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() | b.keys()))

# === reversed and enumerate over dicts ===
print(list(reversed(a)), list(enumerate(a)), len(a), bool({}))
