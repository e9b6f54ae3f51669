# === raising and catching builtin exceptions ===
for exc in [ValueError("bad value"), TypeError("bad type"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), RuntimeError(), StopIteration(5), AttributeError("attr"), NotImplementedError("todo"), OverflowError("big"), LookupError("lk"), ArithmeticError("ar"), AssertionError("as"), UnicodeError("u"), RecursionError("r")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args, repr(e))

# === hierarchy ===
print([c.__name__ for c in KeyError.__mro__], issubclass(UnicodeDecodeError, ValueError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))

# === multiple args and no args ===
e = ValueError("a", 2, None)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(KeyError("x")), str(KeyError("x", "y")), repr(KeyError()))

# === catching by base class ===
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    return int("x")
for kind in ["key", "index", "zero", "value"]:
    try:
        risky(kind)
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
