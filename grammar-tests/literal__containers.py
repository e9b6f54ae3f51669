# === lists tuples ===
print([], [1], [1, 2, 3], [[1, 2], [3]])
print((), (1,), (1, 2), ((1,), (2, 3)))
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single, len(single))

# === dicts ===
print({}, {"a": 1}, {1: "one", 2: "two"}, {(1, 2): [3]})
print({"x": {"y": {"z": 0}}})

# === sets ===
print(set(), {1}, frozenset(), frozenset({7}))
print(sorted({3, 1, 2}), sorted(frozenset("cab")))

# === None True False ===
print(None, True, False, [None, True, False])
print(repr(None), str(True))

# === bytes ===
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1])
print(b"abc" + b"def", b"ab" * 3)
print(list(b"AZ"), b"h" + b"i" == b"hi")
print(repr(b'quote\'s'), b"\n\t")

# === nested reprs with strings ===
print(["a", 'b"c', "d'e"], {"k": "v"}, ("t",))
