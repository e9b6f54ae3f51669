# allow-import: itertools
from itertools import tee, pairwise

# === tee ===
a, b = tee(iter([1, 2, 3, 4]))
print(list(a), list(b))
x, y, z = tee('abc', 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))

# === pairwise ===
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])))

# === differences ===
readings = [10, 12, 9, 15, 15, 20]
print([b - a for a, b in pairwise(readings)])
print(all(a <= b for a, b in pairwise(sorted(readings))))

# === pairwise by hand with tee ===
def my_pairwise(it):
    a, b = tee(it)
    next(b, None)
    return zip(a, b)
print(list(my_pairwise(range(5))))

# === errors ===
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError', e)
try:
    pairwise(3)
except TypeError as e:
    print('TypeError', e)
