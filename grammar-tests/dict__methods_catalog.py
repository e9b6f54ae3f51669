# === get / setdefault / pop ===
d = {"a": 1, "b": None}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", "dflt"), d.setdefault("a", 5), d.setdefault("c", []), d.setdefault("d"), d)
print(d.pop("a"), d.pop("zz", "none"), d.pop("c"), d)

# === copy is shallow ===
orig = {"list": [1], "n": 1}
cp = orig.copy()
cp["list"].append(2)
cp["n"] = 2
print(orig, cp)

# === keys / values / items / clear ===
inv = {"x": 1, "y": 2}
print(list(inv.keys()), list(inv.values()), list(inv.items()), {v: k for k, v in inv.items()})
inv.clear()
print(inv, len(inv), bool(inv))

# === grouping ===
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))

# === errors ===
for call in [lambda: {}.pop("x"), lambda: {}["x"], lambda: {}.get(), lambda: {}.get([1]), lambda: {[1]: 2}, lambda: {}.setdefault(), lambda: {}.pop()]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
