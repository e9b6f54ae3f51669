# allow-import: itertools
from itertools import product

# === basics ===
print(list(product('AB', 'xy')))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), range(2)))))
print(list(product()), list(product('ab', [])))

# === grid coordinates ===
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)

# === truth table ===
for a, b in product([False, True], repeat=2):
    print(f'{a!s:5} {b!s:5} and={a and b!s:5} or={a or b!s:5} xor={a != b}')

# === brute-force search ===
target = 15
hits = [(x, y, z) for x, y, z in product(range(1, 10), repeat=3) if x + y + z == target and x < y < z]
print(hits)

# === password space ===
print(sum(1 for _ in product('abc', repeat=4)))
print([''.join(p) for p in product('01', repeat=2)])

# === errors ===
try:
    product('ab', repeat=-1)
except ValueError as e:
    print('ValueError', e)
