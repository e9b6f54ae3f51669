class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(("exit", exc_type.__name__ if exc_type else None))
        print(f"  close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return self.suppress

# === normal exit ===
with Resource("a") as r:
    print("  using", r.name)
print(r.log)

# === exception propagates ===
try:
    with Resource("b") as r:
        raise KeyError("missing")
except KeyError as e:
    print("caught", repr(e))
print(r.log)

# === exception suppressed ===
with Resource("c", suppress=True) as r:
    1 / 0
print("after suppressed block", r.log)

# === __enter__ return value need not be self ===
class Opener:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, *exc):
        return False

with Opener() as data:
    print(data)

# === missing protocol methods ===
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
