# === yield from returns the subgenerator's return value ===
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) done"

def outer():
    r1 = yield from inner(2)
    print("  ", r1)
    r2 = yield from inner(3)
    print("  ", r2)
    return "outer done"

g = outer()
print(list(g))

# === send() passes through yield from ===
def echo():
    while True:
        x = yield
        if x == "stop":
            return "echo stopped"
        print("  echo", x)

def delegator():
    result = yield from echo()
    print("  delegator got", result)
    yield "after"

d = delegator()
next(d)
d.send("a")
d.send("b")
print(d.send("stop"))

# === throw() is forwarded to the subgenerator ===
def sub():
    try:
        yield 1
    except ValueError:
        yield "sub handled"

def main():
    yield from sub()
    yield "main continues"

m = main()
print(next(m), m.throw(ValueError), next(m))

# === yield from any iterable ===
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chars():
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
print(list(chars()))
