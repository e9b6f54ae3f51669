# === assignment later in the function makes the name local ===
count = 0

def increment_wrong():
    count += 1
    return count

try:
    increment_wrong()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)

def read_then_assign():
    print("reading", total)
    total = 5

total = 10
try:
    read_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)

# === branch that did not assign ===
def maybe(flag):
    if flag:
        value = "assigned"
    return value

print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)

# === the fixes ===
def increment_global():
    global count
    count += 1
    return count

print(increment_global(), increment_global())

def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    return inner()

print(outer())

# === free variable referenced before assignment in enclosing scope ===
def enclosing():
    def inner():
        return captured
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    captured = "now set"
    return inner()

print(enclosing())

# === except-clause variable is unbound afterwards ===
def handler():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err

try:
    handler()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
