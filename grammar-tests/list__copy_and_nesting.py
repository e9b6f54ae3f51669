# === shallow copies ===
original = [[1, 2], [3, 4]]
copies = [original.copy(), list(original), original[:], [*original]]
original[0].append(99)
original.append([5])
print(original)
for c in copies:
    print(c, c[0] is original[0])

# === deep copy by hand ===
def deep(x):
    return [deep(i) for i in x] if isinstance(x, list) else x
d = deep(original)
d[0].append("deep")
print(original[0], d[0])

# === multiplying nested lists shares rows ===
bad = [[0] * 2] * 3
bad[0][0] = 1
good = [[0] * 2 for _ in range(3)]
good[0][0] = 1
print(bad, good)

# === self-containing lists ===
loop = [1, 2]
loop.append(loop)
print(loop, loop[2][2][0], len(loop))
print(loop == loop)
