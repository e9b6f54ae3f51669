# allow-import: itertools, collections, operator
from itertools import islice, chain, groupby, zip_longest, combinations, repeat, count, accumulate, tee
import collections
import operator

# === take and nth ===
def take(n, iterable):
    return list(islice(iterable, n))
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
print(take(3, 'abcdef'), nth(range(10), 4), nth('ab', 9, 'none'))

# === grouper ===
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper('ABCDEFG', 3, 'x')))

# === unique_everseen ===
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))

# === sliding window ===
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
print(list(sliding_window('ABCDEFG', 4)))

# === powerset ===
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))

# === all_equal and quantify ===
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
print(all_equal('aaaa'), all_equal('aaab'), all_equal(''))
print(sum(map(bool, [0, 1, 2, '', 'x'])))

# === dot product and running totals ===
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(accumulate(repeat(2, 5), operator.mul)))
