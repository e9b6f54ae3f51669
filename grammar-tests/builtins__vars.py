# === instance and class namespaces ===
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(vars(p), p.__dict__, vars(p) == p.__dict__)
print(sorted(k for k in vars(Point) if not k.startswith("__")))

# === vars() reflects mutation ===
p.z = 0
del p.x
print(vars(p))
p.w = 9
print(p.w, sorted(vars(p)))

# === serialising objects ===
class User:
    def __init__(self, name, email, active=True):
        self.name = name
        self.email = email
        self.active = active
users = [User("ann", "a@x"), User("bob", "b@x", False)]
print([vars(u) for u in users])
print([{k: v for k, v in vars(u).items() if k != "email"} for u in users])

# === errors ===
for bad in [1, "s", [1], None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(p, p)
except TypeError as e:
    print(type(e).__name__, e)
