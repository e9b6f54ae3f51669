# allow-import: itertools
from itertools import chain, zip_longest

# === chain ===
print(list(chain('ABC', 'DEF')), list(chain()), list(chain([1], (2,), range(3, 5))))
print(list(chain.from_iterable(['AB', 'CD', ''])))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(chain.from_iterable(nested)))

# === lazy chain of generators ===
def gen(n):
    for i in range(n):
        yield i * n
print(list(chain.from_iterable(gen(k) for k in range(4))))

# === zip_longest ===
print(list(zip_longest('ABCD', 'xy')))
print(list(zip_longest('AB', [1, 2, 3], fillvalue='-')))
print(list(zip_longest()), list(zip_longest([], [])))

# === table printing ===
cols = [['name', 'ann', 'bob'], ['age', '30'], ['city', 'oslo', 'rome', 'nyc']]
for row in zip_longest(*cols, fillvalue=''):
    print(' | '.join(f'{c:5}' for c in row))

# === errors ===
try:
    list(chain(1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    zip_longest('a', fill=1)
except TypeError as e:
    print('TypeError', e)
