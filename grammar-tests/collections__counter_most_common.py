# allow-import: collections
from collections import Counter

# === ordering ties by first insertion ===
c = Counter('abracadabra')
print(c.most_common())
print(c.most_common(1), c.most_common(0), c.most_common(-1))

# === from iterables and mappings ===
print(Counter([3, 1, 3, 2, 3, 1]).most_common(2))
print(Counter({'x': 5, 'y': 7}).most_common())
print(Counter(cats=4, dogs=8).most_common(1))

# === least common ===
votes = Counter(['red', 'blue', 'red', 'green', 'blue', 'red', 'yellow'])
print(votes.most_common()[:-3:-1])

# === dict methods ===
print(sorted(votes.keys()), sum(votes.values()), len(votes))
votes.pop('yellow')
print(votes, votes.get('yellow', 'none'))

# === fromkeys is not supported ===
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)

# === character frequency report ===
for ch, n in Counter('mississippi').most_common():
    print(f'{ch}: {"#" * n} ({n})')
