# === the type names of builtin iterators ===
def f():
    yield 1
samples = {
    "list": iter([1]), "tuple": iter((1,)), "ascii str": iter("ab"), "str": iter("日本"), "range": iter(range(2)), "bytes": iter(b"x"), "set": iter({1}), "frozenset": iter(frozenset({2})),
    "dict": iter({1: 2}), "values": iter({1: 2}.values()), "items": iter({1: 2}.items()),
    "reversed list": reversed([1]), "reversed tuple": reversed((1,)), "reversed str": reversed("ab"), "reversed range": reversed(range(3)),
    "enumerate": enumerate([]), "zip": zip(), "map": map(str, []), "filter": filter(None, []), "generator": f(), "genexpr": (x for x in []),
}
for label, it in samples.items():
    print(f"{label:<15} {type(it).__name__:<22} {iter(it) is it}")

# === views are not iterators ===
d = {"a": 1}
for view in [d.keys(), d.values(), d.items()]:
    print(type(view).__name__, type(iter(view)).__name__, len(view))
