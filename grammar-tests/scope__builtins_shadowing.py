# === shadowing a builtin locally ===
def total(items):
    sum = 0
    for x in items:
        sum += x
    return sum

print(total([1, 2, 3]), sum([1, 2, 3]))

# === shadowing at module level, then restoring with del ===
len = lambda obj: 42
print(len("abc"))
del len
print(len("abc"))

# === parameters shadow globals ===
x = "global x"
def show(x):
    return x
print(show("param x"), x)

# === nested function reads the nearest enclosing binding ===
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

# === class attribute names don't leak into module ===
class Holder:
    max = "class attr"
    def biggest(self, items):
        return max(items)

h = Holder()
print(h.max, h.biggest([3, 9, 2]), max(1, 2))

# === loop variables leak into the enclosing scope ===
for i in range(3):
    pass
print("i after loop:", i)

def leak():
    for j in range(5):
        if j == 2:
            break
    return j
print(leak())

# === names in comprehensions don't leak, but walrus does ===
[k for k in range(3)]
try:
    k
except NameError as e:
    print("NameError:", e)
[(w := k) for k in range(3)]
print("w =", w)

# === global declared in nested function ===
def make_global():
    def inner():
        global made
        made = "from inner"
    inner()
make_global()
print(made)

# === functions capture globals by name, not value ===
factor = 2
def scale(v):
    return v * factor
print(scale(5))
factor = 10
print(scale(5))
