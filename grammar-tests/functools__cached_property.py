# allow-import: functools
from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0
    @cached_property
    def stats(self):
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {'n': n, 'mean': mean, 'max': max(self.values)}

# === computed once ===
d = Dataset([3, 1, 4, 1, 5])
print(d.stats, d.stats['mean'], d.computations)
print(d.stats is d.stats, d.computations)

# === invalidation by del ===
del d.stats
d.values.append(9)
print(d.stats, d.computations)

# === assignment overrides ===
d.stats = 'manual'
print(d.stats, d.computations)

# === per instance ===
e = Dataset([10])
print(e.stats['max'], e.computations, d.computations)

# === stored in __dict__ ===
print('stats' in vars(e), sorted(vars(e)))
