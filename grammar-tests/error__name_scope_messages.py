def attempt(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)

# === undefined global ===
def use_undefined():
    return undefined_thing + 1
attempt(use_undefined)

# === typo of a builtin ===
def typo():
    return lenn([1])
attempt(typo)

# === local referenced before assignment ===
def before():
    print(value)
    value = 1
attempt(before)

# === free variable referenced before assignment in enclosing scope ===
def outer():
    def inner():
        return captured
    result = inner()
    captured = 1
    return result
attempt(outer)

# === deleted name ===
def deleted():
    temp = 1
    del temp
    return temp
attempt(deleted)

# === class body name not visible in method ===
class K:
    attr = 1
    def get(self):
        return attr
attempt(lambda: K().get())

# === NameError is catchable as Exception, UnboundLocalError is a NameError ===
print(issubclass(UnboundLocalError, NameError), issubclass(NameError, Exception))
try:
    before()
except NameError as e:
    print("caught as NameError:", type(e).__name__)
