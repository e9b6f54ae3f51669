# === building sets ===
a = {1, 2, 3, 4}
b = set([3, 4, 5, 6])
print(sorted(a), sorted(b), len(a), 3 in a, 9 not in b)
print(sorted(set("mississippi")), len(set([1, 1, 1])), set() == set([]))

# === operators ===
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, {99})), sorted(a.intersection(b)), sorted(a.difference(b)))

# === add discard remove ===
s = {10}
s.add(20)
s.add(10)
s.discard(99)
s.discard(10)
print(s, len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s.remove(20)
print(s, bool(s))

# === comparisons ===
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} == {1.0}, {1, 2} == {2, 1})

# === frozenset ===
fs = frozenset([3, 1, 2])
print(sorted(fs), 2 in fs, sorted(fs | {9}), type(fs | {9}).__name__)
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset({"b", "a"})], groups[frozenset("c")])
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)

# === dedupe preserving order ===
seen = set()
ordered = []
for x in [3, 1, 3, 2, 1, 5]:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered, sorted(seen))

# === augmented set operators ===
t = {1, 2, 3}
t |= {4}
t &= {2, 3, 4, 5}
t -= {3}
t ^= {4, 10}
print(sorted(t))
