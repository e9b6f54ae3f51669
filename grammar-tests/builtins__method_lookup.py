# Methods of builtin values: found by name on each type (and only there),
# with CPython's argument-count errors and AttributeErrors.
values = ["a b", [1], (1,), {"k": 1}, {1}, frozenset([1]), 7, True, 2**70, 1.5, b"x", range(3)]
for v in values:
    t = type(v).__name__
    for name in ("count", "index", "split", "append", "get", "add", "bit_length", "hex", "isdisjoint", "copy"):
        print(t, name, hasattr(v, name), callable(getattr(v, name, None)))

calls = [
    lambda: "a,b".split(","),
    lambda: "a,b".split(",", 1, 2),
    lambda: "a".upper(1),
    lambda: "a".startswith(),
    lambda: "abc".find("b", 0, 3, 4),
    lambda: [1].append(),
    lambda: [1].append(1, 2),
    lambda: [3, 1].sort(1),
    lambda: {"k": 1}.get(),
    lambda: {"k": 1}.pop(),
    lambda: {1}.add(),
    lambda: (1, 2).index(2),
    lambda: (1, 2).count(),
    lambda: (5).bit_length(1),
    lambda: True.bit_length(),
    lambda: (2**70).bit_length(),
    lambda: (1.5).is_integer(1),
    lambda: b"ab".hex(),
    lambda: b"ab".decode(1, 2, 3),
    lambda: range(5).index(3),
    lambda: range(5).count(),
    lambda: "x".nosuch(),
    lambda: [].nosuch,
    lambda: (1).split(),
    lambda: str.split("a b"),
    lambda: str.upper(),
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys("ab", 0),
    lambda: getattr("a-b", "split")("-"),
    lambda: "a".join(["x", "y"], 1),
    lambda: "{} {}".format(1, 2),
    lambda: [1, 2, 3].pop(0),
]
for i, call in enumerate(calls):
    try:
        print(i, repr(call()))
    except (TypeError, AttributeError, ValueError) as e:
        print(i, type(e).__name__, e)

print(sorted(n for n in dir("") if not n.startswith("_"))[:8])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir(range(1)) if not n.startswith("_")])
