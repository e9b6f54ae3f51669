# === late binding in loops ===
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

# === fix with default argument ===
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

# === fix with factory ===
def make(n):
    return lambda: n * 10
funcs = [make(i) for i in range(3)]
print([f() for f in funcs])

# === closures see later changes ===
def outer():
    msg = "before"
    def show():
        return msg
    msg = "after"
    return show
print(outer()())

# === closure over loop var in comprehension ===
adders = [lambda x, k=k: x + k for k in range(1, 4)]
print([add(100) for add in adders])
multipliers = [lambda x: x * k for k in range(1, 4)]
print([m(2) for m in multipliers])

# === accumulator closure ===
def running_avg():
    values = []
    def add(v):
        values.append(v)
        return sum(values) / len(values)
    return add

avg = running_avg()
print(avg(10), avg(20), avg(60))

# === closure cell shared between functions ===
def pair():
    state = {"n": 0}
    def get():
        return state["n"]
    def bump():
        state["n"] += 1
    return get, bump

get, bump = pair()
bump(); bump()
print(get())

def shared_nonlocal():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def read():
        return n
    return inc, read

inc, read = shared_nonlocal()
inc(); inc(); inc()
print(read())

# === deep nesting ===
def a():
    x = 1
    def b():
        y = 2
        def c():
            return x + y
        return c
    return b
print(a()()())
