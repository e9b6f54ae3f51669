# === sorting records by multiple keys ===
people = [
    ("alice", 30, "NY"),
    ("bob", 25, "LA"),
    ("carol", 30, "LA"),
    ("dave", 25, "NY"),
    ("eve", 35, "SF"),
]
print(sorted(people))
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))

# === stability ===
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(sorted(pairs, key=lambda p: p[1]), key=lambda p: p[0]))

# === tuples compare element-wise and by length ===
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 99), () < (0,), (0,) == (0.0,))
print(max([(2, "b"), (2, "a"), (1, "z")]), min([[3], [1, 9], [1]]))

# === None in sort keys fails ===
try:
    sorted([3, None, 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
