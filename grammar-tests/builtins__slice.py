# === slice objects ===
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, None), repr(slice("a", "b")))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(-3, None)], data[slice(None, None, -2)], "abcdef"[slice(1, -1)], (1, 2, 3)[slice(2)])

# === indices ===
print(slice(1, 5, 2).indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(4), slice(2, 1).indices(3), slice(None, -1, 3).indices(7))

# === reusable slices ===
FIELDS = {"year": slice(0, 4), "month": slice(4, 6), "day": slice(6, 8)}
for stamp in ["20240131", "19991231"]:
    print({k: int(stamp[v]) for k, v in FIELDS.items()})
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))

# === errors ===
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][slice(0, 1, 0)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2][slice("a", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 5, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
