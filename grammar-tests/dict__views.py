# === views are live ===
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it, len(k), "c" in k, 3 in v, ("a", 1) in it, ("a", 2) in it)
del d["a"]
print(list(k), list(v), list(it))

# === set operations on keys and items ===
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "c": 3, "d": 4}
print(sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2.keys()), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ d2.keys()))
print(sorted(d1.items() & d2.items()), sorted(d1.items() - d2.items()), d1.keys() & {"a", "zz"}, type(d1.keys() & d2.keys()).__name__)
print(d1.keys() == {"a", "b", "c"}, d1.keys() <= {"a", "b", "c", "d"}, d1.keys().isdisjoint({"x"}), d1.keys() > {"a"})
print(sorted(["a", "z"] & d1.keys()), sorted({"q"} | d1.keys()))

# === iteration over views ===
print([k for k in d1.keys()], [x * 2 for x in d1.values()], [f"{k}={v}" for k, v in d1.items()], list(reversed(d1.keys())), list(reversed(d1.items())))

# === errors ===
for call in [lambda: d1.values() & d2.values(), lambda: d1.keys()[0], lambda: d1.items() | 5]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
