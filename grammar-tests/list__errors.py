# === index errors ===
a = [1, 2, 3]
for call in [lambda: a[3], lambda: a[-4], lambda: a["0"], lambda: a[1.0], lambda: a[None], lambda: [][0]]:
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[10]
except IndexError as e:
    print(type(e).__name__, e)

# === method errors ===
for call in [lambda: a.remove(9), lambda: a.index(9), lambda: a.pop(10), lambda: [].pop(), lambda: a.insert(), lambda: a.sort(key=len), lambda: a.count(), lambda: a.extend(None)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# === unhashable ===
try:
    {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([a])
except TypeError as e:
    print(type(e).__name__, e)
print(a)
