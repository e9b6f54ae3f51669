# allow-import: itertools
from itertools import dropwhile, takewhile, filterfalse, compress, starmap

# === takewhile / dropwhile ===
nums = [1, 4, 6, 4, 1, 8]
print(list(takewhile(lambda x: x < 5, nums)), list(dropwhile(lambda x: x < 5, nums)))
print(list(takewhile(bool, [])), list(dropwhile(lambda x: True, [1, 2])))

# === header skipping ===
lines = ['# comment', '# another', 'data 1', '# inline', 'data 2']
print(list(dropwhile(lambda l: l.startswith('#'), lines)))

# === filterfalse ===
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))

# === compress ===
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(5), [True, False])))

# === starmap ===
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: f'{a}={b}', {'x': 1, 'y': 2}.items())))

# === partition helper ===
def partition(pred, iterable):
    items = list(iterable)
    return list(filterfalse(pred, items)), list(filter(pred, items))
print(partition(lambda x: x > 3, range(8)))

# === errors ===
try:
    list(starmap(pow, [1, 2]))
except TypeError as e:
    print('TypeError', e)
