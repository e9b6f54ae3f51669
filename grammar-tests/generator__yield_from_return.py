# === yield from delegates ===
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    yield from [4, 5]
    yield from "ab"
    return "outer result"

print(list(outer()))

# === return value carried by StopIteration ===
g = inner()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def no_return():
    yield 1

g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value when no return:", e.value)

# === recursive generators ===
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(walk(tree)))

# === early return in generator ===
def take_until(xs, stop):
    for x in xs:
        if x == stop:
            return
        yield x

print(list(take_until([1, 2, 3, 4], 3)), list(take_until([], 0)))

# === chaining generators into a pipeline ===
def numbers():
    yield from range(1, 11)

def squared(xs):
    for x in xs:
        yield x * x

def only_odd(xs):
    return (x for x in xs if x % 2)

print(list(only_odd(squared(numbers()))))
