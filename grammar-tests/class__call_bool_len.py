# === __call__ makes instances callable ===
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest):
        return x * self.k + sum(rest)

double = Multiplier(2)
print(double(21), double(1, 2, 3), callable(double), callable(Multiplier))
print(list(map(Multiplier(10), [1, 2, 3])))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls

tick = Counter()
tick(); tick()
print(tick(), tick.calls)

# === __bool__ ===
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(True) else "no", not Flag(False))
print(Flag(False) or "fallback", (Flag(True) and "second"))

# === __len__ used for truthiness when no __bool__ ===
class Stack:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)

print(bool(Stack()), bool(Stack(1)), len(Stack(1, 2, 3)))
s = Stack()
while not s or len(s) < 3:
    s.items.append(len(s))
print(s.items)

# === default truthiness of objects is True ===
class Nothing:
    pass
print(bool(Nothing()))

# === __bool__ must return bool ===
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

# === calling a non-callable ===
try:
    Nothing()()
except TypeError as e:
    print("TypeError:", e)
