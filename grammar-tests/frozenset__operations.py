# === results keep the left operand's type ===
fs = frozenset({1, 2, 3})
s = {3, 4}
for r in [fs | s, s | fs, fs & s, s & fs, fs - s, s - fs, fs ^ s, s ^ fs]:
    print(type(r).__name__, sorted(r))
print(type(fs.union(s)).__name__, type(s.union(fs)).__name__, type(fs.copy()).__name__, fs.copy() is fs)

# === comparisons with sets ===
print(fs == {1, 2, 3}, fs <= {1, 2, 3, 4}, fs > {1}, frozenset() < fs, fs.issuperset([1, 2]), fs.isdisjoint(s))

# === repr ===
print(frozenset(), frozenset({5}), repr(frozenset([7])), str(frozenset(["a"])))
