# === KeyError ===
stock = {"bolts": 10}
try:
    stock["nuts"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print("TypeError", e)

# === counting patterns ===
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

groups = {}
for w in text.split():
    groups.setdefault(w[0], []).append(w)
print(groups)

firsts = {}
for w in text.split():
    if w not in firsts:
        firsts[w] = len(firsts)
print(firsts)

# === sorting by value ===
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked)
print(max(counts, key=counts.get), min(counts.values()))

# === keys of various hashable types ===
mixed = {1: "int", 1.5: "float", "1": "str", (1,): "tuple", None: "none", True: "bool?"}
print(mixed)
print(mixed[1], mixed[1.0], len(mixed))

# === unhashable keys ===
try:
    bad = {[1, 2]: "list"}
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}] = 1
except TypeError as e:
    print("TypeError", e)

# === deleting ===
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["b"]
except KeyError as e:
    print("KeyError", e)
