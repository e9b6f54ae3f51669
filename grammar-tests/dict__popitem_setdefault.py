# === popitem is LIFO ===
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d.popitem(), d)
d["z"] = 26
print(d.popitem(), d)

# === setdefault returns the stored value ===
cache = {}
print(cache.setdefault("x", []), cache.setdefault("x", [1]), cache)
cache.setdefault("x", []).append(5)
print(cache)

# === get never inserts ===
g = {}
print(g.get("k"), g.get("k", 0), "k" in g, g)

# === pop with default ===
p = {"a": 1}
print(p.pop("a"), p.pop("a", None), p.pop("a", "gone"), p)

# === LRU-style cache with pop and reinsert ===
lru = {}
capacity = 3
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru[key] = lru.pop(key) + 1
    else:
        if len(lru) >= capacity:
            oldest = next(iter(lru))
            del lru[oldest]
        lru[key] = 1
    print(key, list(lru.items()))
