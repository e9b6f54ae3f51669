# === None, True, False, Ellipsis, NotImplemented ===
print(None, True, False, ..., Ellipsis, NotImplemented)
print(repr(None), repr(...), ... is Ellipsis, type(...).__name__, type(None).__name__)
print(type(NotImplemented).__name__, bool(None), bool(...))

# === Ellipsis as placeholder ===
def todo():
    ...

print(todo())

class Stub:
    def method(self): ...
    value = ...

print(Stub().method(), Stub.value)

# === booleans are ints ===
print(True + 1, False * 10, True == 1, (True is True) == 1, isinstance(True, int))
print(["no", "yes"][True], {True: "t"}[1], hash(True) == hash(1))

# === cannot assign to constants (caught at compile time in CPython), so test reprs ===
print(str(None), str(True), f"{None}|{False!r}|{...}")
print([None] * 3, (True, False) * 2, sorted([True, False, 0, 1]))
