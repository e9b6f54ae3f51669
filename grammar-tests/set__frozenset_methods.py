# === frozenset supports the non-mutating API ===
fs = frozenset([1, 2, 3])
print(sorted(fs.union({4})), sorted(fs.intersection([2, 3, 9])), sorted(fs.difference({1})), sorted(fs.symmetric_difference({3, 4})), fs.issubset({1, 2, 3, 4}), fs.issuperset({1}), fs.isdisjoint({5}))
cp = fs.copy()
print(cp == fs, type(cp).__name__, type(fs.union()).__name__, type(set(fs)).__name__)

# === mixing set and frozenset ===
s = {2, 3, 4}
print(type(fs | s).__name__, type(s | fs).__name__, type(fs & s).__name__, type(s - fs).__name__, fs == frozenset(s) - {4} | {1})

# === as keys and nested ===
families = {frozenset({"mom", "dad"}): "parents", frozenset({"kid"}): "child"}
print(families[frozenset({"dad", "mom"})], len({frozenset({1, 2}), frozenset({2, 1})}), sorted(map(sorted, {frozenset({1}), frozenset({2, 3})})))

# === errors: no mutators ===
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    try:
        getattr(fs, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    fs |= 5
except TypeError as e:
    print(type(e).__name__, e)
