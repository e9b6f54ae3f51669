# === exception raised in a handler gets the handled one as __context__ ===
def parse(value):
    try:
        return int(value)
    except ValueError:
        raise TypeError(f"cannot parse {value!r}")

try:
    parse("x")
except TypeError as e:
    print(repr(e), "<-", repr(e.__context__), e.__suppress_context__)

# === context is set even when raising the same type ===
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), "<-", repr(e.__context__))

# === re-raising the same object keeps its original context ===
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        try:
            raise RuntimeError("middle")
        except RuntimeError:
            raise inner
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

# === handled exception restored after nested try completes ===
try:
    raise OSError("outer")
except OSError:
    try:
        raise ValueError("nested")
    except ValueError:
        pass
    try:
        raise
    except OSError as e:
        print("bare raise still refers to", repr(e))

# === finally-raised exception chains the in-flight one ===
try:
    try:
        1 / 0
    finally:
        raise LookupError("from finally")
except LookupError as e:
    print(repr(e), "<-", repr(e.__context__))
