# === identity relations, never values ===
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(isinstance(id(a), int), id(a) == id(a))

# === copies and mutation ===
d = a.copy()
e = a[:]
print(id(d) != id(a), id(e) != id(a), id(a[0]) == id(d[0]))
before = id(a)
a.append(3)
a += [4]
print(id(a) == before, b)
t = (1, 2)
t_before = id(t)
t += (3,)
print(id(t) == t_before)

# === singletons ===
print(id(None) == id(None), id(True) == id(True), id(len) == id(len))

# === dedup by identity ===
x = {"k": 1}
objs = [x, x, {"k": 1}, x]
seen = set()
unique = []
for o in objs:
    if id(o) not in seen:
        seen.add(id(o))
        unique.append(o)
print(len(unique), unique)

# === errors ===
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
