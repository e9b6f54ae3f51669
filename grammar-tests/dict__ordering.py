# === insertion order is preserved ===
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), d)
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.pop("mid")
d.setdefault("new", 1)
print(list(d), d.popitem(), list(d))

# === equality ignores order, repr doesn't ===
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a, b)

# === sorting dicts ===
scores = {"bob": 72, "ann": 95, "cy": 88, "dee": 95}
print(dict(sorted(scores.items())), dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))))
print(sorted(scores, key=scores.get, reverse=True)[:2], list(reversed(scores)))

# === errors ===
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
