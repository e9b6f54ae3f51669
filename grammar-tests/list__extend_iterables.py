# === extend and += accept any iterable ===
a = []
a.extend("ab")
a.extend(range(2))
a.extend({"k": 1})
a.extend((x for x in [9]))
a += {5}
a += "z"
a.extend(iter([7]))
print(a)

# === append vs extend ===
b = [1]
b.append([2, 3])
b.extend([4, 5])
b.append("six")
b.extend("78")
print(b, len(b))

# === list + requires a list ===
try:
    a = a + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a = a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
c = [1]
c += (2, 3)
print(c)
try:
    c += 5
except TypeError as e:
    print(type(e).__name__, e)
