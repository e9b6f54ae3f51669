# allow-import: itertools
import itertools

# === non-iterables ===
for name, call in [
    ('chain', lambda: list(itertools.chain(5))),
    ('cycle', lambda: itertools.cycle(5)),
    ('islice', lambda: itertools.islice(5, 2)),
    ('groupby', lambda: itertools.groupby(5)),
    ('permutations', lambda: itertools.permutations(5)),
    ('product', lambda: itertools.product(5)),
    ('accumulate', lambda: itertools.accumulate(None)),
]:
    try:
        call()
    except TypeError as e:
        print(name, 'TypeError:', e)

# === bad argument counts ===
for call in [lambda: itertools.combinations('abc'), lambda: itertools.islice('abc'), lambda: itertools.compress('abc')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# === bad values ===
for call in [lambda: itertools.islice('abc', 'x'), lambda: itertools.islice('abc', 1.5)]:
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)

# === StopIteration at the end ===
it = itertools.islice('ab', 1)
print(next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(next(it, 'done'))
