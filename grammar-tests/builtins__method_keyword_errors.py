# Keyword arguments to builtin methods: counted with the positional ones where
# CPython counts them, refused by name where it refuses them.
cases = [
    ('"a b".split(sep=" ", maxsplit=1)', lambda: "a b".split(sep=" ", maxsplit=1)),
    ('"a,b".split(",", maxsplit=0)', lambda: "a,b".split(",", maxsplit=0)),
    ('"a".split(1, 2, x=1)', lambda: "a".split(1, 2, x=1)),
    ('"a".split(1, 2, 3, x=1)', lambda: "a".split(1, 2, 3, x=1)),
    ('"a".split(x=1)', lambda: "a".split(x=1)),
    ('"a".rsplit(None, 1, 2)', lambda: "a".rsplit(None, 1, 2)),
    ('"a\\nb".splitlines(keepends=True)', lambda: "a\nb".splitlines(keepends=True)),
    ('"a".splitlines(1, x=2)', lambda: "a".splitlines(1, x=2)),
    ('"a".encode(1, 2, x=3)', lambda: "a".encode(1, 2, x=3)),
    ('"a".encode(encoding="ascii", errors="strict")', lambda: "a".encode(encoding="ascii", errors="strict")),
    ('"a\\tb".expandtabs(tabsize=2)', lambda: "a\tb".expandtabs(tabsize=2)),
    ('b"ab".hex(sep=":")', lambda: b"ab".hex(sep=":")),
    ('b"ab".decode("ascii", "strict", 1)', lambda: b"ab".decode("ascii", "strict", 1)),
    ('(1).to_bytes(2, "big")', lambda: (1).to_bytes(2, "big")),
    ('(1).to_bytes(2, byteorder="little")', lambda: (1).to_bytes(2, byteorder="little")),
    ('(-1).to_bytes(2, "big", signed=True)', lambda: (-1).to_bytes(2, "big", signed=True)),
    ('(1).to_bytes(1, "big", True)', lambda: (1).to_bytes(1, "big", True)),
    ('(1).to_bytes(x=1)', lambda: (1).to_bytes(x=1)),
    ('(1).to_bytes(1, length=1)', lambda: (1).to_bytes(1, length=1)),
    ('(1).to_bytes(length=2, byteorder="big", signed=False)', lambda: (1).to_bytes(length=2, byteorder="big", signed=False)),
    ('"a".find(sub="a")', lambda: "a".find(sub="a")),
    ('[].sort(1)', lambda: [].sort(1)),
]
for c in cases:
    try:
        print(c[0], "->", repr(c[1]()))
    except (TypeError, ValueError, OverflowError) as e:
        print(c[0], "->", type(e).__name__, e)

for b in (b"", b"a", b"abcde", bytes(range(8))):
    print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(b"_", -3), b.hex(" ", 0), b.hex(sep="|", bytes_per_sep=4))
for bad in (lambda: b"ab".hex("::"), lambda: b"ab".hex(1), lambda: b"ab".hex("é"), lambda: b"ab".hex(x=1)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
