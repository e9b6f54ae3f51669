# === raise ... from ... sets __cause__ ===
class ConfigError(Exception):
    pass

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e

try:
    load({}, "port")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)

# === raise from None ===
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise ValueError(f"not a number: {s!r}") from None

try:
    parse("abc")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)

# === implicit context ===
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

# === bare raise re-raises the active exception ===
def reraise():
    try:
        [].pop()
    except IndexError as e:
        print("logging:", e)
        raise

try:
    reraise()
except IndexError as e:
    print("re-raised:", e)

# === raise a class instead of an instance ===
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)

# === raising non-exceptions is a TypeError ===
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)

# === bare raise with no active exception ===
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# === re-raising a stored exception ===
saved = None
try:
    int("nope")
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    print("raised again:", e, e is saved)
