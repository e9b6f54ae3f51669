# === functions taking functions ===
def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(apply_all([abs, str, lambda v: v * 2, float], -3))

def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

# === functions returning functions ===
def make_multiplier(k):
    def multiply(x):
        return x * k
    return multiply

triple = make_multiplier(3)
print(triple(7), make_multiplier("ab")(2), [make_multiplier(i)(10) for i in range(3)])

# === map, filter, sorted with named functions ===
def is_even(n):
    return n % 2 == 0

def square(n):
    return n * n

nums = list(range(10))
print(list(map(square, filter(is_even, nums))))
print(sorted(nums, key=lambda n: (is_even(n), -n)))

# === reduce implemented by hand ===
def reduce(func, items, initial):
    acc = initial
    for item in items:
        acc = func(acc, item)
    return acc

print(reduce(lambda a, b: a + b, [1, 2, 3, 4], 0), reduce(max, [3, 9, 2], 0))
print(reduce(lambda acc, w: acc + [len(w)], ["a", "bb", "ccc"], []))

# === partial application by hand ===
def partial(func, *fixed, **fixed_kw):
    def wrapper(*args, **kwargs):
        return func(*fixed, *args, **fixed_kw, **kwargs)
    return wrapper

def power(base, exp):
    return base ** exp

square2 = partial(power, exp=2)
two_to = partial(power, 2)
print(square2(9), two_to(10), partial(print, "prefix:", sep="|")("x", "y"))

# === callbacks with state ===
def make_accumulator():
    history = []
    def add(v):
        history.append(v)
        return sum(history)
    return add, history

add, history = make_accumulator()
for v in (5, 10, 20):
    add(v)
print(add(0), history)
