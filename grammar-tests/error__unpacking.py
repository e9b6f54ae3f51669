def show(thunk):
    try:
        print("ok:", thunk())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def unpack3(seq):
    a, b, c = seq
    return a, b, c

def unpack2(seq):
    a, b = seq
    return a, b

def unpack_star(seq):
    a, b, *c, d = seq
    return a, b, c, d

# === not enough / too many ===
show(lambda: unpack3([1, 2]))
show(lambda: unpack3([1]))
show(lambda: unpack3([]))
show(lambda: unpack3("abcd"))
show(lambda: unpack2((1, 2, 3)))
show(lambda: unpack2(range(10)))
show(lambda: unpack2({"k": 1}))
show(lambda: unpack2("ab"))

# === with a star target ===
show(lambda: unpack_star([1, 2]))
show(lambda: unpack_star([1, 2, 3]))
show(lambda: unpack_star(range(6)))

# === non-iterables ===
show(lambda: unpack2(5))
show(lambda: unpack2(None))
show(lambda: unpack2(1.5))

# === generators ===
def gen(n):
    yield from range(n)

show(lambda: unpack3(gen(3)))
show(lambda: unpack3(gen(5)))

# === in for loops ===
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)

try:
    for k, v in {"key": 1}:
        print(k, v)
except ValueError as e:
    print("ValueError:", e)
