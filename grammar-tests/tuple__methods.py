# === count / index ===
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, -2), t.index(2, 0, 2), (1, 1.0, True).count(True))

# === packing and unpacking ===
point = 3, 4
x, y = point
a, *rest = (1, 2, 3, 4)
*init, last = (1,)
print(point, x, y, a, rest, init, last, type(rest).__name__)
swap = (1, 2)
swap = swap[1], swap[0]
print(swap)

# === operators ===
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, (2, 3)) == (1, (2, 3)), () < (0,), (1, 2)[::-1])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)], len(((),)), ((),) == ((),), (1,) != [1])

# === immutability with mutable insides ===
tt = ([1], 2)
tt[0].append(3)
print(tt)
try:
    tt[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(tt)

# === errors ===
for call in [lambda: t.index(9), lambda: t.index(), lambda: (1,) + [2], lambda: (1,) * "2", lambda: hash(([1], 2)), lambda: (1, "a") < (1, 2), lambda: t[10]]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
