# Messages name what CPython names: `bool` when formatting a bool, `byte`
# indices, `divmod()` (found by tests/props.rs).

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: format(True, "s"))
attempt(lambda: format(False, "z"))
attempt(lambda: f"{True:>5}")
attempt(lambda: format(True, "d"))
key = "x"
attempt(lambda: b"ab"[key])
half = 1.5
attempt(lambda: b"ab"[half])
attempt(lambda: b"ab"[1])
attempt(lambda: divmod("a", 1))
attempt(lambda: divmod((), "x"))
attempt(lambda: divmod(7, -2))
attempt(lambda: divmod(7.5, 2))

# === str() of an object whose __repr__ returns a non-str blames __str__ ===
class BadRepr:
    def __repr__(self):
        return True

class BadStr:
    def __str__(self):
        return 5

attempt(lambda: str(BadRepr()))
attempt(lambda: repr(BadRepr()))
attempt(lambda: str(BadStr()))
attempt(lambda: str([BadRepr()]))

# === find/count/startswith bounds must be ints or None ===
empty = ""
attempt(lambda: "abc".endswith("", empty))
attempt(lambda: "abc".find("b", None, 2))
attempt(lambda: "abc".count("b", 1.5))
