# === simple lambdas ===
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=1))

# === *args **kwargs in lambdas ===
collect = lambda *args, **kw: (args, kw)
print(collect(1, 2, x=3))
kwonly = lambda a, *, scale=2: a * scale
print(kwonly(4), kwonly(4, scale=3))
noargs = lambda: "called"
print(noargs())

# === lambdas as keys ===
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 20, people)))

# === immediately invoked and nested ===
print((lambda x, y: x ** y)(2, 8))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))

# === lambda in dict dispatch ===
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else None,
}
for sym in ops:
    print(f"8 {sym} 2 =", ops[sym](8, 2))
print(ops["/"](1, 0))

# === lambda has a name ===
print(square.__name__ if hasattr(square, "__name__") else "?")
