seq = list(range(10))

# === negative steps with every kind of bound ===
cases = [
    (None, None, -1), (None, None, -2), (8, 2, -1), (8, 2, -2), (2, 8, -1),
    (-1, -5, -1), (-5, -1, -1), (None, 5, -1), (5, None, -1), (100, None, -3),
    (None, -100, -2), (-100, None, -1), (3, 3, -1),
]
for start, stop, step in cases:
    print(f"[{start}:{stop}:{step}]", seq[start:stop:step])

# === same on strings and tuples ===
s = "abcdefghij"
t = tuple(s)
for start, stop, step in cases[:6]:
    assert list(s[start:stop:step]) == list(t[start:stop:step]) == [s[i] for i in range(10)[start:stop:step]]
print("strings and tuples agree")

# === range slicing with negative steps ===
r = range(3, 30, 4)
print(list(r), list(r[::-1]), list(r[5:1:-2]), r[::-1], r[-1], r[::-2][1])

# === reversing in place vs copy ===
x = [1, 2, 3]
y = x[::-1]
x.reverse()
print(x, y, x == y, x is y)

# === steps at the edge of the 64-bit range (CPython clamps them) ===
print("abc"[::-(2**63)], [1, 2, 3][::-(2**70)], "abc"[::-(2**63) + 1], (1, 2, 3)[::2**64])
print(list(range(10))[::-(2**63)], "abcdef"[5:0:-(2**63)], slice(None, None, -(2**63)).indices(5))

print(slice(None, None, -(2**70)).indices(5), slice(2**70, -(2**70), 3).indices(5), slice(None, None, True).indices(3))
