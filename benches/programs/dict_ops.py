# Micro: build a dict of 10**5 string keys, then look every key up (and miss some).
d = {}
for i in range(10**5):
    d["key" + str(i)] = i * 3
hits = 0
total = 0
for i in range(0, 2 * 10**5, 2):
    k = "key" + str(i)
    if k in d:
        hits += 1
        total += d[k]
print(len(d), hits, total, d.get("key99999"), d.get("nope", -1))
