# === class attributes shared, instance attributes shadow ===
class Counter:
    total = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.items.append(name)

a, b = Counter("a"), Counter("b")
print(Counter.total, a.total, b.items, a.items is b.items is Counter.items)

a.total = 99
print(a.total, b.total, Counter.total, "total" in vars(a), "total" in vars(b))
del a.total
print(a.total)

# === mutable class attribute pitfall vs per-instance ===
class Good:
    def __init__(self):
        self.items = []
g1, g2 = Good(), Good()
g1.items.append(1)
print(g1.items, g2.items)

# === changing class attribute after instances exist ===
class Theme:
    color = "blue"
t1 = Theme()
Theme.color = "red"
t2 = Theme()
print(t1.color, t2.color)

# === methods are class attributes too ===
class Greeter:
    def hi(self):
        return "hi"
g = Greeter()
g.hi = lambda: "instance override"
print(g.hi(), Greeter().hi(), Greeter.hi(g))

# === vars and __dict__ ===
class Rec:
    kind = "rec"
    def __init__(self):
        self.x = 1
        self.y = 2
r = Rec()
print(vars(r), sorted(k for k in Rec.__dict__ if not k.startswith("__")))
