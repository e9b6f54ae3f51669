# === slice objects ===
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5))
data = list(range(12))
print(data[s], data[slice(None, None, -3)], data[slice(-4, None)])

# === indices() normalizes ===
for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(2, 100, 3), slice(-100, -5)]:
    print(sl, sl.indices(10), list(range(*sl.indices(10))))

# === slices as dict keys are not hashable in 3.11 ===
try:
    {slice(1, 2): "x"}
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))

# === zero step ===
for target in ([1, 2, 3], "abc", (1, 2)):
    try:
        target[::0]
    except ValueError as e:
        print("ValueError:", e)

# === non-int slice indices ===
try:
    [1, 2, 3][1.0:2]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"["a":]
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3][True:], "hello"[None:None:2])
