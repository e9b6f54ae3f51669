# === frozensets are hashable and equal regardless of order ===
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), a is b, len({a, b}), {a: "x"}[b], frozenset() == frozenset([]), hash(frozenset()) == hash(frozenset()))

# === memoizing on unordered arguments ===
memo = {}
def pair_cost(x, y):
    key = frozenset((x, y))
    if key not in memo:
        memo[key] = abs(x - y) * 10
    return memo[key]
print(pair_cost(1, 5), pair_cost(5, 1), pair_cost(2, 2), len(memo))

# === set of sets needs frozenset ===
groups = [{1, 2}, {2, 1}, {3}]
unique = {frozenset(g) for g in groups}
print(len(unique), sorted(sorted(g) for g in unique))
try:
    {{1, 2}}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}), frozenset({1}) in [{1}])
