# allow-import: collections
from collections import Counter, deque, OrderedDict

# === Counter with non-numbers ===
c = Counter({'a': 'x'})
try:
    c + Counter(a=1)
except TypeError as e:
    print('TypeError', e)

# === unhashable items ===
try:
    Counter([[1], [2]])
except TypeError as e:
    print('TypeError', e)

# === bad arithmetic ===
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print('TypeError', e)

# === deque index range ===
try:
    deque([1, 2]).rotate('x')
except TypeError as e:
    print('TypeError', e)

# === deque mutated during iteration ===
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)

# === OrderedDict mutated during iteration ===
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        od['c'] = 3
except RuntimeError as e:
    print('RuntimeError', e)
