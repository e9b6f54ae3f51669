# === class attributes are shared ===
class Player:
    team = "red"
    roster = []

    def __init__(self, name):
        self.name = name
        Player.roster.append(name)

p1 = Player("ann")
p2 = Player("bob")
print(p1.team, p2.team, Player.roster, p1.roster is p2.roster)

# === assigning on instance shadows the class attribute ===
p1.team = "blue"
print(p1.team, p2.team, Player.team)
Player.team = "green"
print(p1.team, p2.team)
del p1.team
print(p1.team)

# === mutating a shared mutable class attribute ===
class Buggy:
    items = []
    def add(self, x):
        self.items.append(x)

b1, b2 = Buggy(), Buggy()
b1.add(1)
b2.add(2)
print(b1.items, b2.items, Buggy.items)

class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)

f1, f2 = Fixed(), Fixed()
f1.add(1)
f2.add(2)
print(f1.items, f2.items)

# === __dict__ shows only instance attributes ===
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y

pt = Point(1, 2)
print(pt.__dict__)
pt.z = 3
print(pt.__dict__, "dims" in pt.__dict__)

# === augmented assignment on instance creates instance attribute ===
class Counter:
    count = 0

c = Counter()
c.count += 5
print(c.count, Counter.count)

# === class attribute referencing other class attributes ===
class Config:
    base = 10
    double = base * 2
    names = [f"n{i}" for i in range(3)]

print(Config.double, Config.names)

# === missing attribute errors ===
try:
    pt.w
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.w
except AttributeError as e:
    print("AttributeError:", e)
