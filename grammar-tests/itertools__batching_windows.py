# allow-import: itertools
from itertools import islice, tee, zip_longest, accumulate, groupby, chain

# === batching ===
def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch
print(list(batched('ABCDEFG', 3)), list(batched([], 2)))

# === n-wise windows ===
def nwise(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
print(list(nwise(range(6), 3)))

# === transpose ragged rows ===
rows = [[1, 2, 3], [4, 5], [6]]
print([[x for x in col if x is not None] for col in zip_longest(*rows)])

# === cumulative maxima and resets ===
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
streaks = [len(list(g)) for k, g in groupby('HHTHHHTTH') if k == 'H']
print(streaks, max(streaks))

# === flatten one level ===
print(list(chain.from_iterable([[1, 2], (3,), 'ab'])))
