# === slice assignment changes length ===
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1, -2]
print(xs)
xs[len(xs):] = [100]
print(xs)
xs[1:3] = []
print(xs)
xs[:] = "xyz"
print(xs)

# === extended slice assignment needs equal length ===
ys = list(range(8))
ys[::2] = ["e0", "e2", "e4", "e6"]
print(ys)
ys[::-3] = [0, 0, 0]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)

# === deleting slices ===
zs = list(range(12))
del zs[::3]
print(zs)
del zs[-2:]
print(zs)
del zs[1:6:2]
print(zs)
del zs[:]
print(zs)

# === assignment from other iterables ===
ws = [0, 0, 0, 0]
ws[1:3] = (7, 8, 9)
print(ws)
ws[0:1] = range(3)
print(ws)

# === negative and out of range ===
vs = [1, 2, 3, 4, 5]
print(vs[-100:100], vs[4:1], vs[-2:], vs[:-4], vs[::-2], vs[-1:-6:-1])
vs[10:20] = [6]
print(vs)
vs[-1:] = []
print(vs)

# === copying with slices ===
original = [[1], [2]]
shallow = original[:]
shallow[0] = "replaced"
shallow[1].append("shared")
print(original, shallow)
