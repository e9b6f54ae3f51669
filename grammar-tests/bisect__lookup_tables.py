# allow-import: bisect
import bisect

# === grades ===
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])

# === tax brackets ===
limits = [10000, 40000, 90000]
rates = [0.0, 0.1, 0.2, 0.3]
print([(inc, rates[bisect.bisect_right(limits, inc)]) for inc in [5000, 10000, 10001, 50000, 1000000]])

# === find in sorted list ===
def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f'{x} not found')
data = [2, 3, 5, 7, 11, 13]
print(index_of(data, 7))
try:
    index_of(data, 8)
except ValueError as e:
    print('ValueError', e)

# === count in range ===
def count_between(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
print(count_between([1, 3, 3, 5, 8, 9], 3, 8))
