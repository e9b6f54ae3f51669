# === wrong arity ===
for data in [(1, 2, 3), (1,), ()]:
    try:
        a, b = data
        print(a, b)
    except ValueError as e:
        print(type(e).__name__, e)

# === starred targets ===
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
try:
    x, y, *rest = (1,)
except ValueError as e:
    print(type(e).__name__, e)

# === unpacking non-iterables ===
for bad in [5, None, 2.5]:
    try:
        a, b = bad
    except TypeError as e:
        print(type(e).__name__, e)

# === nested unpacking ===
(a, b), c = (1, 2), 3
print(a, b, c)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, "one"), (2, "two")]
print({n: w for n, w in pairs}, [w for _, w in pairs])
