# === construction ===
print(frozenset(), frozenset([1, 2, 2, 3]), frozenset(range(3)) == frozenset({0, 1, 2}), len(frozenset("aab")))
fs = frozenset([3, 1, 2])
print(sorted(fs), 2 in fs, 5 in fs, type(fs).__name__, frozenset(fs) == fs)

# === hashable: as dict keys and set members ===
groups = {frozenset({"a", "b"}): 1, frozenset({"c"}): 2}
print(groups[frozenset({"b", "a"})], frozenset({1}) in {frozenset({1}), frozenset({2})})
pairs = {frozenset((a, b)) for a, b in [(1, 2), (2, 1), (3, 4)]}
print(len(pairs), sorted(sorted(p) for p in pairs))

# === operations return frozensets ===
a, b = frozenset({1, 2, 3}), frozenset({2, 3, 4})
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), type(a | b).__name__, type(a | {9}).__name__, type({9} | a).__name__)
print(a <= frozenset({1, 2, 3, 4}), a < a, a.issubset([1, 2, 3]), a.isdisjoint({7}), a == {1, 2, 3}, hash(a) == hash(frozenset({3, 2, 1})))
print(frozenset({1}), repr(frozenset()), frozenset({"x"}))

# === immutability and errors ===
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
