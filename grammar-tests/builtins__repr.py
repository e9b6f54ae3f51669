# === builtin values ===
print(repr(1), repr(-1.0), repr(1e16), repr(0.1 + 0.2), repr("a"), repr("it's"), repr('say "x"'), repr("both ' \""), repr(None), repr(True))
print(repr([1, "a", None]), repr((1,)), repr(()), repr({"a": [1]}), repr({1}), repr(set()), repr(frozenset()), repr(b"\x00a"))
print(repr("\n\t\r\x00\x7f\\"), repr("é😀"), repr("\u200b"), repr("\x85"), repr("\ud7ff"))

# === nested and recursive ===
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
print(repr(a), repr(d), repr([a, (a,)]))

# === user __repr__ and __str__ ===
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
class S:
    def __str__(self):
        return "str only"
    def __repr__(self):
        return "S()"
print(repr(P("q")), [P(1), P("2")], {P(1): P(2)}, str(P(3)), str(S()), repr(S()), [S()], f"{S()!r} {S()}")

# === errors ===
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
