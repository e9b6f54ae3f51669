# === nonlocal finds the nearest enclosing binding ===
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            nonlocal v
            v = "set by c"
        c()
        return v
    inner = b()
    return v, inner

print(a())

# === nonlocal through an intermediate function that does not bind ===
def top():
    v = 0
    def mid():
        def bottom():
            nonlocal v
            v += 10
        bottom()
        bottom()
    mid()
    return v

print(top())

# === several nonlocal names ===
def stats():
    count = total = 0
    lo = hi = None
    def add(x):
        nonlocal count, total, lo, hi
        count += 1
        total += x
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi
    for x in [4, 9, 1, 7]:
        add(x)
    return count, total, lo, hi

print(stats())

# === nonlocal and loops building closures ===
def builder():
    parts = ""
    def push(s):
        nonlocal parts
        parts += s
        return parts
    return [push(ch) for ch in "abc"]

print(builder())
