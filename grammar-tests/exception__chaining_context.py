# === implicit chaining sets __context__ ===
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("lookup failed")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

# === explicit chaining sets __cause__ and suppresses context display ===
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("parse failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# === from None suppresses ===
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

# === walking a chain ===
def chain(exc):
    out = []
    while exc is not None:
        out.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    return out

try:
    try:
        try:
            [][0]
        except IndexError as e:
            raise KeyError("a") from e
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    print(chain(e))

# === raise from a non-exception ===
try:
    raise ValueError("x") from "not an exception"
except TypeError as e:
    print("TypeError:", e)
