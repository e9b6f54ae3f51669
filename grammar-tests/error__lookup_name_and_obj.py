# NameError.name, AttributeError.name and .obj record the failed lookup; str(e)
# never carries the "Did you mean" that the printed traceback adds.
try:
    undefined_total
except NameError as e:
    print(e.name, str(e))

try:
    [1, 2].apend(3)
except AttributeError as e:
    print(e.name, e.obj, str(e))

class Point:
    x = 1

p = Point()
try:
    p.y
except AttributeError as e:
    print(e.name, e.obj is p)

try:
    getattr("text", "uper")
except AttributeError as e:
    print(e.name, repr(e.obj))

# Raised by hand, the lookup is not recorded.
print(NameError("n").name, AttributeError("a").name, AttributeError("a").obj)

# An AttributeError a __getattr__ raises is recorded with the name looked up.
class Lazy:
    def __getattr__(self, name):
        raise AttributeError("nothing here")

try:
    Lazy().size
except AttributeError as e:
    print(e.name, type(e.obj).__name__, str(e))

# A recorded lookup survives re-raising.
def lookup():
    try:
        return missing_value
    except NameError:
        raise

try:
    lookup()
except NameError as e:
    print(e.name)

# UnboundLocalError does not record its name (CPython 3.11 sets it on NameError only).
def late():
    print(later)
    later = 1

try:
    late()
except UnboundLocalError as e:
    print(e.name)
