# allow-import: itertools
from itertools import product, permutations, combinations, combinations_with_replacement

# === product ===
print(list(product("ab", "xy")))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", [1], repeat=2)))
print(list(product()), list(product([])), list(product("ab", [])), list(product(repeat=0)))
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid, len(list(product(range(4), repeat=4))))
sizes, colors = ["S", "M"], ["red", "blue"]
for size, color in product(sizes, colors):
    print(f"{size}-{color}", end=" ")
print()

# === permutations ===
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([], 0)), list(permutations([1], 2)), list(permutations([])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
words = ["".join(p) for p in permutations("tea")]
print(sorted(words))

# === combinations ===
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(sum(1 for _ in combinations(range(20), 4)))
team = ["ann", "bob", "cat", "dan"]
pairs = [f"{a}&{b}" for a, b in combinations(team, 2)]
print(pairs)

# === combinations_with_replacement ===
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("x", 0)))
coins = [1, 5, 10]
print(sorted({sum(c) for c in combinations_with_replacement(coins, 3)}))

# === subset-sum search ===
values = [3, 34, 4, 12, 5, 2]
target = 9
found = [c for r in range(1, len(values) + 1) for c in combinations(values, r) if sum(c) == target]
print(found)

# === laziness and iteration protocol ===
it = permutations("ab")
print(next(it), next(it), next(it, "end"), iter(it) is it)
big = product(range(10**6), repeat=2)
print(next(big), next(big))

# === errors ===
for thunk in [
    lambda: product(1),
    lambda: product([1], repeat=-1),
    lambda: product([1], repeat="a"),
    lambda: product([1], foo=1),
    lambda: permutations(),
    lambda: permutations(1),
    lambda: permutations([1], "a"),
    lambda: permutations([1], -1),
    lambda: combinations([1]),
    lambda: combinations([1], -1),
    lambda: combinations([1], 1.5),
    lambda: combinations_with_replacement([1]),
    lambda: combinations_with_replacement([1], -1),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
