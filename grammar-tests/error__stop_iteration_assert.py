# === StopIteration from next() ===
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)

def gen():
    yield "only"
    return "done"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", repr(e.value))

try:
    next(iter({}))
except StopIteration:
    print("empty dict iterator")

# === StopIteration inside a generator becomes RuntimeError ===
def leaky():
    yield 1
    next(iter([]))
    yield 2

try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e)

# === assert statements ===
def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x

print(check(5))
try:
    check(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError with no message:", repr(e), repr(str(e)), e.args)

try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print("AssertionError:", e)

# === assert passes silently ===
assert True
assert 1, "never shown"
assert "non-empty"
print("all assertions passed")
