# === simple decorator ===
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

print(greet("world"))

# === decorator with arguments ===
def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(4))

# === stacked decorators apply bottom-up ===
def tag(name):
    def deco(func):
        def wrapper():
            return f"<{name}>{func()}</{name}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "styled"

print(text())

# === decorator keeping state ===
def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def work(x):
    return x + 1

work(1); work(2); work(3)
print(work.calls)

# === registry decorator returning the original ===
REGISTRY = {}
def register(func):
    REGISTRY[func.__name__] = func
    return func

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(list(REGISTRY), REGISTRY["beta"](), alpha())

# === memoize ===
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(90))

# === decorator order of evaluation ===
order = []
def trace(label):
    order.append(f"make {label}")
    def deco(f):
        order.append(f"apply {label}")
        return f
    return deco

@trace("outer")
@trace("inner")
def target():
    pass

print(order)
