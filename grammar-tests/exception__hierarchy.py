# === LookupError catches KeyError and IndexError ===
for action in (lambda: {}["missing"], lambda: [1][5], lambda: "abc"[10]):
    try:
        action()
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e)

# === ArithmeticError catches ZeroDivisionError ===
for action in (lambda: 1 / 0, lambda: 5 // 0, lambda: 5 % 0, lambda: 2.0 / 0):
    try:
        action()
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__, e)

# === first matching handler wins ===
try:
    raise KeyError("k")
except LookupError:
    print("LookupError handler")
except KeyError:
    print("never reached")

# === tuple of exception types ===
def risky(kind):
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    if kind == "attr":
        return None.upper()
    return "fine"

for kind in ("type", "value", "attr", "none"):
    try:
        print(risky(kind))
    except (TypeError, ValueError) as e:
        print("type/value:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)

# === Exception does not catch BaseException-only ===
class Shutdown(BaseException):
    pass

try:
    try:
        raise Shutdown("stop")
    except Exception:
        print("Exception handler: not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e)

# === subclass relationships of builtins ===
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (Exception, BaseException), (KeyError, Exception),
    (ValueError, LookupError), (AssertionError, Exception), (TypeError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))

# === bare except catches everything ===
try:
    raise Shutdown()
except:
    print("bare except caught it")
