# === loop variable survives the loop ===
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)

# === reassigning the loop variable does not affect iteration ===
for k in range(4):
    print(k, end=" ")
    k = 100
print()

# === mutating a list while iterating ===
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
items = [1, 2, 3]
count = 0
for x in items:
    if count < 3:
        items.append(x * 10)
    count += 1
print(items, count)

# === dict changed size during iteration ===
d = {"a": 1, "b": 2}
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
for key in list(d):
    if d[key] == 0:
        del d[key]
print(d)

# === set changed size ===
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

# === range is re-evaluated never ===
n = 3
for i in range(n):
    n += 1
print(n)
