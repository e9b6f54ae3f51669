# allow-import: itertools
from itertools import groupby

# === consecutive runs ===
print([(k, len(list(g))) for k, g in groupby('aaabccddddde')])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1, 3])])

# === with key ===
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))

# === run-length encoding ===
def rle(s):
    return ''.join(f'{len(list(g))}{k}' for k, g in groupby(s))
def unrle(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ''
    return ''.join(out)
enc = rle('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW')
print(enc, unrle(enc) == 'WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW')

# === groups are consumed lazily ===
it = groupby([1, 1, 2, 3, 3])
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))

# === grouping records ===
rows = [('eng', 'ann', 100), ('eng', 'bob', 90), ('ops', 'cy', 70), ('ops', 'di', 85), ('eng', 'ed', 60)]
rows.sort(key=lambda r: r[0])
for dept, members in groupby(rows, key=lambda r: r[0]):
    members = list(members)
    print(dept, [m[1] for m in members], sum(m[2] for m in members))

# === parity groups ===
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n % 3 == 0)])
