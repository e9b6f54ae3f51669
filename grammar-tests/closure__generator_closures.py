# === generators close over variables too ===
def make_gen(limit):
    def gen():
        for i in range(limit):
            yield i * step
    step = 3
    return gen

g = make_gen(4)
print(list(g()), list(g()))

# === changes to captured variable between next() calls are seen ===
def observable():
    value = 0
    def gen():
        while True:
            yield value
    def set_value(v):
        nonlocal value
        value = v
    return gen(), set_value

it, setter = observable()
print(next(it))
setter(5)
print(next(it))
setter("x")
print(next(it))

# === closure inside generator body ===
def gen_funcs():
    for i in range(3):
        yield lambda: i * 100

funcs = []
for f in gen_funcs():
    funcs.append(f)
    print("immediate", f())
print("later", [f() for f in funcs])
