# allow-import: functools
import functools

# === wraps copies metadata ===
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f'{func.__name__}{args} -> {result}')
        return result
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)

# === without wraps ===
def plain(func):
    def wrapper(*a):
        return func(*a)
    return wrapper
@plain
def mul(a, b):
    """Multiply."""
    return a * b
print(mul.__name__, mul.__doc__)

# === decorator with arguments ===
def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def inner(*a):
            return [func(*a) for _ in range(times)]
        return inner
    return deco
@repeat(3)
def hello(name):
    """Say hello."""
    return 'hi ' + name
print(hello('ann'), hello.__name__, hello.__doc__)

# === update_wrapper ===
def target():
    """Target doc."""
def shim():
    pass
functools.update_wrapper(shim, target)
print(shim.__name__, shim.__doc__, shim.__wrapped__ is target)

# === stacked decorators keep the innermost name ===
@logged
@repeat(2)
def twice(x):
    return x * 10
twice(4)
print(twice.__name__)
