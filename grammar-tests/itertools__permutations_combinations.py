# allow-import: itertools, math
from itertools import permutations, combinations, combinations_with_replacement
import math

# === permutations ===
print(list(permutations('ABC')))
print(list(permutations(range(4), 2))[:6], len(list(permutations(range(5), 3))))
print(list(permutations([1, 2], 3)), list(permutations([])))

# === combinations ===
print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3))[-3:], list(combinations('AB', 0)))
print(len(list(combinations(range(10), 4))) == math.comb(10, 4))

# === with replacement ===
print(list(combinations_with_replacement('ABC', 2)))
print(len(list(combinations_with_replacement(range(4), 3))))

# === making change ===
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)

# === anagram check ===
print(sorted({''.join(p) for p in permutations('tac')}))

# === pairs within budget ===
prices = {'tea': 3, 'cake': 5, 'pie': 7, 'jam': 2}
print([(a, b) for a, b in combinations(sorted(prices), 2) if prices[a] + prices[b] <= 8])

# === errors ===
for f in (lambda: combinations('abc', -1), lambda: permutations('abc', -2)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
