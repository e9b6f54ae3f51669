# === outermost iterable evaluated at creation time ===
try:
    g = (x for x in undefined_name)
except NameError as e:
    print("NameError at creation:", e)

# === inner iterables and conditions evaluated lazily ===
g = (x / y for x in [1, 2] for y in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError at iteration:", e)
print(list(g))

# === the outermost iterable is captured, later rebinding ignored ===
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [100]
print(list(g))

# === but mutation of the captured object is seen ===
data = [1, 2]
g = (x for x in data)
data.append(3)
print(list(g))

# === generator expression attributes ===
g = (i for i in range(2))
print(type(g).__name__, g.__name__, iter(g) is g)

# === closing a generator expression early ===
g = (i * i for i in range(10))
print(next(g), next(g))
g.close()
print(list(g))
