# allow-import: collections
from collections import defaultdict

# === grouping ===
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))

# === counting ===
counts = defaultdict(int)
for ch in 'banana':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)

# === nested tree ===
def tree():
    return defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(t))

# === default_factory None ===
d = defaultdict(None, {'k': 1})
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)

# === get does not insert ===
dd = defaultdict(set)
print(dd.get('x'), 'x' in dd, len(dd))
dd['y'].add(3)
print(dd, repr(defaultdict(int)))

# === lambda factories ===
scores = defaultdict(lambda: 'n/a')
scores['ann'] = 90
print(scores['ann'], scores['bob'], sorted(scores))

# === errors ===
try:
    defaultdict(5)
except TypeError as e:
    print(e)
