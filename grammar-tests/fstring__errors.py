def attempt(fn):
    try:
        print(fn())
    except (ValueError, TypeError, KeyError, NameError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# === bad format specs at runtime ===
attempt(lambda: f"{'abc':d}")
attempt(lambda: f"{12:s}")
attempt(lambda: f"{3.5:x}")
attempt(lambda: f"{None:>5}")
attempt(lambda: f"{[1]:^4}")
attempt(lambda: f"{object():x}")

# === errors raised by the expressions themselves ===
d = {}
attempt(lambda: f"{d['missing']}")
attempt(lambda: f"{undefined_variable}")
attempt(lambda: f"{'x'.nope}")
attempt(lambda: f"{1 / 0 if False else int('z')}")

# === __format__ returning a non-string ===
class Bad:
    def __format__(self, spec):
        return 42
attempt(lambda: f"{Bad()}")
attempt(lambda: format(Bad(), ""))
