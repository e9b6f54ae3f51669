# === replacing ranges with different lengths ===
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[-2:] = "yz"
print(a)
a[:3] = []
print(a)
a[len(a):] = [100]
print(a)

# === extended slices need matching sizes ===
b = list(range(8))
b[::2] = [0, 0, 0, 0]
print(b)
b[1::3] = "ABC"
print(b)
b[::-1] = b
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)

# === deleting ===
c = list(range(10))
del c[1::2]
print(c)
del c[:-2]
print(c)
del c[5:100]
print(c)

# === assignment from iterators and self ===
d = [1, 2, 3]
d[1:2] = (x * 10 for x in range(3))
print(d)
d[:] = d + d
print(d)

# === errors ===
e = [1, 2, 3]
try:
    e[0:1] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[::0] = []
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    (1, 2)[0:1] = [3]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    "abc"[1:] = "x"
except TypeError as ex:
    print(type(ex).__name__, ex)
