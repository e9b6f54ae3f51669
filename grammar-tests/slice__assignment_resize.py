# === replacing slices with different lengths ===
a = list(range(8))
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 11, 12]
print(a)
a[:] = a[::-1]
print(a)
a[len(a):] = [99]
print(a)
a[-2:] = []
print(a)

# === extended slices need equal length ===
b = list(range(10))
b[::2] = "abcde"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b[::-3] = [0, 0, 0, 0]
print(b)

# === deleting slices ===
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[:]
print(c)

# === assigning iterables of any kind ===
d = [0, 0, 0]
d[1:2] = range(3)
d[:1] = "hi"
d[-1:] = (x * x for x in range(2))
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print("TypeError:", e)

# === self-assignment ===
e = [1, 2, 3]
e[1:] = e
print(e)
