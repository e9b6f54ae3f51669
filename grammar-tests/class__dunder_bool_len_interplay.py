# === __bool__ takes priority over __len__ ===
class Both:
    def __bool__(self):
        print("  __bool__")
        return True
    def __len__(self):
        print("  __len__")
        return 0

print(bool(Both()))
print("truthy" if Both() else "falsy")
print(len(Both()))

# === __len__ used when __bool__ missing ===
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print([bool(Sized(n)) for n in range(3)], not Sized(0), Sized(0) or "fallback")

# === __len__ must return a non-negative int ===
class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

for v in [-1, "3", 2.0, 2 ** 70]:
    try:
        print(len(BadLen(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# === __bool__ must return bool ===
class BadBool:
    def __bool__(self):
        return "yes"
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
