# === walrus in a function binds a local ===
def f():
    if (n := 10) > 5:
        pass
    return n
print(f())

# === walrus in comprehension binds in the containing function ===
def g():
    [last := x for x in range(5)]
    return last
print(g())

# === nested comprehension still binds in the function ===
def h():
    [[inner := (a, b) for b in range(2)] for a in range(3)]
    return inner
print(h())

# === global scope comprehension binds a global ===
[top := c for c in "xyz"]
print(top)

# === walrus with nonlocal-like effect through comprehension in closure ===
def outer():
    total = 0
    def add_all(items):
        nonlocal total
        [total := total + i for i in items]
        return total
    add_all([1, 2, 3])
    return add_all([10])
print(outer())

# === parenthesized walrus in call arguments and subscripts ===
def show(*args):
    return args
print(show(a := 1, b := a + 1), a, b)
items = [10, 20, 30]
print(items[(k := 1)], k)
