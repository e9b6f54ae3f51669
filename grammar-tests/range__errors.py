# === construction errors ===
for args in [(), (1, 2, 3, 4), (1.5,), ("1",), (1, 2, 0), (None,), (1, 2.0)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# === indexing errors ===
r = range(5)
for call in [lambda: r[5], lambda: r[-6], lambda: r["0"], lambda: r[1.5], lambda: r.index(10), lambda: r.index("x")]:
    try:
        print(call())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

# === ranges are immutable ===
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.append(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r + range(2)
except TypeError as e:
    print(type(e).__name__, e)
