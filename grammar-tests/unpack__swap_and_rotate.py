# === swapping ===
a, b = 1, 2
a, b = b, a
print(a, b)

# === rotation of three ===
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)

# === fibonacci pair update ===
f0, f1 = 0, 1
seq = []
for _ in range(12):
    seq.append(f0)
    f0, f1 = f1, f0 + f1
print(seq)

# === euclid with tuple assignment ===
def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0

for pair in [(240, 46), (17, 5), (10, 0)]:
    g, s, t = egcd(*pair)
    print(pair, g, s, t, pair[0] * s + pair[1] * t == g)

# === in-place list element swaps ===
items = [5, 3, 8, 1, 9, 2]
for i in range(len(items)):
    for j in range(len(items) - 1 - i):
        if items[j] > items[j + 1]:
            items[j], items[j + 1] = items[j + 1], items[j]
print(items)
items[0], items[-1] = items[-1], items[0]
print(items)
