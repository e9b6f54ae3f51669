# allow-import: functools, operator
import functools
import operator
from functools import reduce, partial

# === reduce ===
print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(operator.mul, range(1, 6)), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", ""], 0))
print(reduce(operator.add, [], 10), reduce(operator.add, [7]), reduce(lambda a, b: a + [b], "xyz", []))
nested = {"a": {"b": {"c": 42}}}
print(reduce(operator.getitem, ["a", "b", "c"], nested))
print(reduce(lambda a, b: a | b, [{1}, {2}, {1, 3}]))
print(functools.reduce(lambda x, y: x * 10 + y, map(int, "2024")))

# === partial ===
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10), square(3, exp=4))
to_int = partial(int, base=2)
print(to_int("1011"), to_int.func, to_int.args, to_int.keywords)
add5 = partial(operator.add, 5)
print(list(map(add5, [1, 2, 3])), add5.args)
p2 = partial(partial(power, 2), mod=7)
print(p2(10), p2.func is power, p2.args, p2.keywords)
log = partial(print, "[log]", sep=" | ")
log("started", "ok")
print(repr(partial(max, 1, key=abs)), callable(square))
greet = partial("{greeting}, {name}!".format, greeting="Hi")
print(greet(name="Ann"), greet(name="Bob", greeting="Yo"))
handlers = {name: partial(operator.mul, factor) for name, factor in [("double", 2), ("triple", 3)]}
print({k: f(7) for k, f in handlers.items()})
print(sorted(["b", "A", "c"], key=partial(str.lower)))

# === errors ===
for thunk in [
    lambda: reduce(operator.add, []),
    lambda: reduce(operator.add, 5),
    lambda: reduce(operator.add),
    lambda: reduce(operator.add, [1], 0, 1),
    lambda: reduce(function=max, iterable=[1]),
    lambda: partial(),
    lambda: partial(42),
    lambda: square(),
    lambda: partial(power, 1, 2, 3)(),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
