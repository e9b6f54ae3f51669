# === __exit__ gets type, value, traceback ===
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        print("type:", None if exc_type is None else exc_type.__name__)
        print("value:", repr(exc_value))
        print("has traceback:", tb is not None)
        return exc_type is KeyError

with Inspect():
    pass

with Inspect():
    raise KeyError("handled")
print("after suppressed KeyError")

try:
    with Inspect():
        raise TypeError("escapes")
except TypeError as e:
    print("outer caught", e)

# === transaction-like manager ===
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc)
            return True
        print("committed")
        return False

db = {"balance": 100}
with Transaction(db) as s:
    s["balance"] -= 30
print(db)
with Transaction(db) as s:
    s["balance"] -= 500
    if s["balance"] < 0:
        raise ValueError("insufficient funds")
print(db)

# === __exit__ that raises replaces the exception ===
class Angry:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("exit failed")

try:
    with Angry():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

# === context manager that counts uses ===
class Timer:
    uses = 0
    def __enter__(self):
        Timer.uses += 1
        return Timer.uses
    def __exit__(self, *a):
        return None

for _ in range(3):
    with Timer() as n:
        pass
print("uses:", n, Timer.uses)

# === missing protocol methods ===
class NoEnter:
    pass

try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
