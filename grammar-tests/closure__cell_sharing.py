# === closures created in the same scope share cells ===
def make_pair():
    shared = []
    def add(x):
        shared.append(x)
    def get():
        return tuple(shared)
    return add, get

add, get = make_pair()
add(1); add(2)
print(get())

# === rebinding the variable after closure creation is seen ===
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 99
    return [f() for f in fns]

print(late())

# === closure over loop variable vs over a new scope ===
def scoped():
    fns = []
    for i in range(3):
        def bind(j):
            return lambda: j
        fns.append(bind(i))
    return [f() for f in fns]

print(scoped())

# === nonlocal in nested levels ===
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    inc = middle()
    inc(); inc()
    return x

print(outer())

# === cell variable deleted ===
def deleted():
    v = 1
    def read():
        return v
    del v
    try:
        return read()
    except NameError as e:
        return f"NameError: {e}"

print(deleted())
