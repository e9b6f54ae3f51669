def show(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

# === builtin functions called with wrong arity ===
show("len()", lambda: len())
show("len(1, 2)", lambda: len([1], [2]))
show("abs()", lambda: abs())
show("isinstance(1)", lambda: isinstance(1))
show("getattr(1)", lambda: getattr(1))
show("divmod(1)", lambda: divmod(1))
show("chr()", lambda: chr())
show("ord()", lambda: ord())
show("hasattr(1)", lambda: hasattr(1))

# === constructors of builtin types ===
show("list(1, 2)", lambda: list([1], [2]))
show("dict(1, 2)", lambda: dict({}, {}))
show("range()", lambda: range())
show("range(1,2,3,4)", lambda: range(1, 2, 3, 4))
show("tuple(1, 2)", lambda: tuple([], []))

# === wrong argument types ===
show("len(5)", lambda: len(5))
show("chr('a')", lambda: chr("a"))
show("isinstance(1, 'int')", lambda: isinstance(1, "int"))
show("range('a')", lambda: range("a"))
show("sorted(1)", lambda: sorted(1))
