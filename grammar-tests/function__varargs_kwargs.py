# === *args collects a tuple, **kwargs a dict ===
def report(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

report()
report(1, "two", [3])
report(a=1, b=2)
report(1, *[2, 3], x=4, **{"y": 5})

# === mixing required, default, var-positional, keyword-only, var-keyword ===
def full(a, b=2, *rest, c, d=4, **extra):
    return f"a={a} b={b} rest={rest} c={c} d={d} extra={extra}"

print(full(1, c=3))
print(full(1, 20, 30, 40, c=3, e=5))
print(full(a=1, c=3, d=0, z=9))

# === forwarding arguments ===
def logged(func):
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__} args={args} kwargs={kwargs}")
        return func(*args, **kwargs)
    return wrapper

@logged
def power(base, exp=2):
    return base ** exp

print(power(3), power(2, 10), power(base=5, exp=3))

# === kwargs preserves insertion order ===
def keys(**kw):
    return list(kw)
print(keys(z=1, a=2, m=3), keys(**{"b": 1, "a": 2}, c=3))

# === modifying kwargs does not affect caller's dict ===
opts = {"x": 1}
def mutate(**kw):
    kw["x"] = 99
    kw["new"] = True
    return kw
print(mutate(**opts), opts)
