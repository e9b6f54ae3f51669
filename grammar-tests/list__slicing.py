# === reading slices ===
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[-3:-1], a[5:2], a[5:2:-1], a[100:], a[1:9:-1], a[::-4])

# === assigning slices ===
b = list(range(6))
b[1:3] = ["x", "y", "z"]
print(b)
b[:] = [9, 8]
print(b)
c = list(range(8))
c[::2] = "ABCD"
print(c)
c[1:1] = [100, 200]
print(c)
c[-2:] = []
print(c)

# === deleting slices ===
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[:]
print(d)

# === errors ===
e = list(range(5))
try:
    e[::2] = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    e[0:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[::0]
except ValueError as ex:
    print(type(ex).__name__, ex)
