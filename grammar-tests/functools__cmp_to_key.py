# allow-import: functools
from functools import cmp_to_key

# === custom comparator ===
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))

# === largest number from digits ===
def largest(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return ''.join(strs).lstrip('0') or '0'
print(largest([3, 30, 34, 5, 9]), largest([0, 0]), largest([10, 2]))

# === key objects compare ===
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) >= K(9), min([7, 3, 9], key=K), max([7, 3, 9], key=K))

# === version sort ===
def vcmp(a, b):
    pa, pb = [int(x) for x in a.split('.')], [int(x) for x in b.split('.')]
    return (pa > pb) - (pa < pb)
print(sorted(['1.10', '1.2', '1.9.1', '0.99'], key=cmp_to_key(vcmp)))

# === errors ===
try:
    sorted([1, 2], key=cmp_to_key(lambda a, b: 'x'))
except TypeError as e:
    print('TypeError', e)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)
