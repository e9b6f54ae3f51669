# === class body runs top to bottom like a function ===
class Settings:
    print("  executing class body")
    base = 10
    double = base * 2
    items = [base, double]
    if double > 15:
        mode = "big"
    else:
        mode = "small"
    for i in range(3):
        items.append(i)
    del i

print(Settings.double, Settings.items, Settings.mode, hasattr(Settings, "i"))

# === class body names are not closures for methods ===
class Counter:
    start = 5
    def get(self):
        try:
            return start
        except NameError as e:
            return f"NameError: {e}"
    def get_ok(self):
        return Counter.start, type(self).start
print(Counter().get(), Counter().get_ok())

# === nested class cannot see outer class attributes ===
class Outer:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = f"NameError: {e}"
print(Outer.Inner.y, Outer.Inner.__qualname__)

# === class attributes shadowed by globals? no: class body reads its own first ===
label = "global label"
class Tag:
    label = "class label"
    seen = label
print(Tag.seen)

# === function defined in class body referenced in the body ===
class Registry:
    def helper(x):
        return x * 3
    tripled = helper(4)
    helper = staticmethod(helper)
print(Registry.tripled, Registry.helper(2))
