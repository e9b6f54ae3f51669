# === __bool__ and __len__ drive truthiness ===
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("  __len__")
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__", self.on)
        return self.on
    def __repr__(self):
        return f"Flag({self.on})"

print(bool(Box([])), bool(Box([1])))
print(Flag(False) or Flag(True))
print(Flag(True) and "after")
print(not Flag(False))
r = Flag(False) and Flag(True)
print(r)

# === if / while use the same protocol ===
b = Box([1, 2])
while b:
    b.items.pop()
print("empty", b.items)
if Flag(True):
    print("took branch")

# === __bool__ must return bool ===
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)

# === objects without either are truthy ===
class Plain:
    pass
print(bool(Plain()), not Plain())
