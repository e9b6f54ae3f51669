class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  clean exit:", exc_type, exc, tb)
        else:
            print("  exit with", exc_type.__name__, repr(exc), isinstance(exc, exc_type), tb is not None)
        return isinstance(exc, KeyError)

# === normal completion passes three Nones ===
with Inspect():
    pass

# === exception details ===
with Inspect():
    raise KeyError("swallowed")
print("continued after KeyError")

try:
    with Inspect():
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated:", e)

# === return / break / continue inside with still call __exit__ cleanly ===
def f():
    with Inspect():
        return "returned"
print(f())

for i in range(3):
    with Inspect():
        if i == 0:
            continue
        if i == 1:
            break
print("loop done at", i)

# === __exit__ returning a truthy non-bool swallows ===
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("swallowed by truthy string")

# === exception raised inside __exit__ replaces the original ===
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with Raiser():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
