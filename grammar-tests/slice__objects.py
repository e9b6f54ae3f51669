# === slice() objects and attributes ===
s = slice(2, 8, 3)
print(s, s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(None, None).step, slice(1, 2, None) == slice(1, 2))
print(slice(-1, None, -1), repr(slice(0, 10)), str(slice("a", [1], 2.5)))

# === applying to sequences ===
seqs = [list(range(10)), tuple("abcdefghij"), "0123456789", range(10), b"0123456789"]
for seq in seqs:
    print(seq[s], seq[slice(None, None, -3)], seq[slice(-3, None)])

# === indices() normalises ===
for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(2, -2, 2), slice(100, -100, -7), slice(-20, 20)]:
    print(sl, sl.indices(10), len(range(*sl.indices(10))))

# === naming slices for readability ===
record = "2024-06-15 ERROR disk full"
DATE, LEVEL, MSG = slice(0, 10), slice(11, 16), slice(17, None)
print(record[DATE], record[LEVEL], record[MSG])

# === errors ===
for call in [lambda: "abc"[slice(0, 2, 0)], lambda: slice(1, 2).indices(-1), lambda: slice(1, 2).indices("a"), lambda: [1, 2][slice(1.5)], lambda: slice(1, 2)[0], lambda: slice()]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
