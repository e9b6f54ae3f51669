# === basic context manager class ===
class Tracer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print(f"exit {self.name} ({status})")
        return False

with Tracer("first") as t:
    print("inside with", t.name)

# === exception propagates when __exit__ returns False ===
try:
    with Tracer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

# === suppression by returning True ===
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print(f"suppressed {exc_type.__name__}")
            return True
        return False

with Suppress(KeyError, IndexError) as nothing:
    print("as-target is", nothing)
    [][0]
    print("not printed")
print("continues after suppression")

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError was not suppressed")

# === multiple managers in one statement: exit in reverse order ===
with Tracer("a") as a, Tracer("b") as b:
    print("body with", a.name, b.name)

# === nested with and return inside ===
def use():
    with Tracer("outer"):
        with Tracer("inner"):
            return "returned from inside"

print(use())

# === break and continue inside with ===
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)

# === __enter__ return value can be anything ===
class Resource:
    def __init__(self):
        self.opened = False
    def __enter__(self):
        self.opened = True
        return ["handle", 1]
    def __exit__(self, *exc_info):
        self.opened = False

r = Resource()
with r as handle:
    print(handle, r.opened)
print(r.opened)

# === unpacking in the as-target ===
with Resource() as (kind, num):
    print(kind, num)
