# === input validation with asserts inside functions ===
def mean(values):
    assert isinstance(values, (list, tuple)), f"expected a sequence, got {type(values).__name__}"
    assert values, "cannot average an empty sequence"
    return sum(values) / len(values)

for arg in ([1, 2, 3], (4,), [], "123", None):
    try:
        print(mean(arg))
    except AssertionError as e:
        print("AssertionError:", e)

# === invariants in a class ===
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        assert len(self.items) > 0
    def pop(self):
        assert self.items, "pop from empty stack"
        return self.items.pop()

s = Stack()
s.push(1)
print(s.pop())
try:
    s.pop()
except AssertionError as e:
    print("AssertionError:", e)

# === AssertionError is an Exception subclass ===
print(issubclass(AssertionError, Exception), AssertionError("x").args)
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e, e.args)
