# === tuple of exception types, and the first matching clause wins ===
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception as e:
        return f"other: {type(e).__name__}"

for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(),
            UnicodeError(), TypeError(), RuntimeError(), NotImplementedError(), RecursionError()]:
    print(f"{type(exc).__name__:<20} -> {classify(exc)}")

# === exception class chosen at runtime ===
handled = (ValueError,)
try:
    int("x")
except handled as e:
    print("dynamic tuple caught", type(e).__name__)

# === non-exception in except clause is a TypeError when checked ===
try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)

# === BaseException subclasses not caught by Exception ===
for exc in (KeyboardInterrupt(), SystemExit(2), GeneratorExit()):
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print("BaseException caught", type(e).__name__, isinstance(e, Exception))
