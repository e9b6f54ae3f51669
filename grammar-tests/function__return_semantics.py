# === implicit None ===
def nothing():
    pass

def bare_return():
    return

def early(x):
    if x:
        return "early"
    print("  fell through")

print(nothing(), bare_return(), early(1), early(0))

# === returning tuples, functions, generators ===
def pair():
    return 1, 2

def adder(n):
    return lambda x: x + n

def counter():
    yield 1
    return "done"

print(pair(), adder(5)(10), type(counter()).__name__)

# === return inside loops and try/finally ===
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return -1

def with_finally():
    try:
        return "from try"
    finally:
        print("  finally runs before return completes")

def finally_wins():
    try:
        return 1
    finally:
        return 2

print(find("abc", "c"), find("abc", "z"), with_finally(), finally_wins())

# === return value evaluated before finally ===
def order():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

print(order())

# === return in nested functions only exits the inner one ===
def outer():
    def inner():
        return "inner"
    inner()
    return "outer"

print(outer())
