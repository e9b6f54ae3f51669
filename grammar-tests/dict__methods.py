# === get setdefault pop ===
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "missing"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)

# === keys values items ===
inv = {"apples": 3, "pears": 0, "plums": 7}
print(list(inv.keys()), list(inv.values()), list(inv.items()))
print(inv.keys(), inv.values(), inv.items())
for k, v in inv.items():
    print(f"{k}: {v}")
print("pears" in inv, 3 in inv, 3 in inv.values(), len(inv))

# === update and copy ===
base = {"x": 1, "y": 2}
extra = {"y": 20, "z": 30}
merged = base.copy()
merged.update(extra)
print(base, merged)
merged.update(w=0)
merged.update([("v", -1)])
print(merged)
print({**base, **extra}, {**extra, **base}, base | extra)

# === ordering ===
order = {}
for key in ["delta", "alpha", "charlie", "bravo"]:
    order[key] = len(key)
print(order)
order["alpha"] = 99
print(list(order))
del order["delta"]
order["delta"] = 1
print(list(order))

# === dict() constructor ===
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("abc", range(3))), dict({"x": 1}, y=2))
print(sorted(merged), sorted(merged.items()), sorted(merged, key=merged.get))
