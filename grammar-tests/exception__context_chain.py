# === __context__ is set automatically ===
def fail_in_handler():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("handler failed")

try:
    fail_in_handler()
except ValueError as e:
    ctx = e.__context__
    print(repr(e), "| context:", repr(ctx), "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)

# === explicit cause ===
try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("parse step failed") from inner
except RuntimeError as e:
    print(repr(e), "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

# === walking a chain ===
def chain_of(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(out)

def step1():
    raise KeyError("config")

def step2():
    try:
        step1()
    except KeyError as e:
        raise LookupError("lookup failed") from e

def step3():
    try:
        step2()
    except LookupError:
        raise RuntimeError("startup failed")

try:
    step3()
except RuntimeError as e:
    print(chain_of(e))

# === exceptions caught and not re-raised have no effect on later ones ===
try:
    1 / 0
except ZeroDivisionError:
    pass
try:
    raise ValueError("fresh")
except ValueError as e:
    print(repr(e.__context__))

# === from None hides context but keeps it stored ===
try:
    try:
        [].pop()
    except IndexError:
        raise KeyError("replacement") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
