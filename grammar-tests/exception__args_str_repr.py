# === args, str and repr of builtin exceptions ===
samples = [
    ValueError(),
    ValueError("one"),
    ValueError("one", 2),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("idx"),
    TypeError("t"),
    ZeroDivisionError("division by zero"),
    RuntimeError(42),
    Exception(None),
    StopIteration(5),
    AssertionError("msg"),
    NameError("name 'x' is not defined"),
]
for e in samples:
    print(type(e).__name__, "| args =", e.args, "| str =", repr(str(e)), "| repr =", repr(e))

# === caught exceptions have the same structure ===
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    int("12x")
except ValueError as e:
    print(e.args, str(e))
try:
    [1, 2].index(3)
except ValueError as e:
    print(repr(e))

# === formatting errors the usual way ===
def describe(exc):
    return f"{type(exc).__name__}: {exc}"

errors = []
for thunk in (lambda: 1 / 0, lambda: [][1], lambda: {}["x"], lambda: undefined_name):
    try:
        thunk()
    except Exception as e:
        errors.append(describe(e))
print("\n".join(errors))

# === except-name is cleared after the handler ===
try:
    raise ValueError("temporary")
except ValueError as err:
    print("inside handler:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

# === storing the exception in another name keeps it ===
kept = None
try:
    raise ValueError("kept")
except ValueError as err:
    kept = err
print(repr(kept))
