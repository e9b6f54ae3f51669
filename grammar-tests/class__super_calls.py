# === super() in methods ===
class Logger:
    def log(self, msg):
        return f"[base] {msg}"

class TimestampLogger(Logger):
    def log(self, msg):
        return super().log(f"t=0 {msg}")

class PrefixLogger(TimestampLogger):
    def log(self, msg):
        return "PREFIX " + super().log(msg)

print(PrefixLogger().log("hello"))

# === super() with classmethods ===
class Model:
    registry = []

    @classmethod
    def create(cls, name):
        obj = cls()
        obj.name = name
        cls.registry.append(f"{cls.__name__}:{name}")
        return obj

class User(Model):
    @classmethod
    def create(cls, name):
        obj = super().create(name.lower())
        obj.is_user = True
        return obj

u = User.create("ALICE")
print(u.name, u.is_user, type(u).__name__, Model.registry)

# === super in __init__ with default args ===
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3D(Point):
    def __init__(self, x=0, y=0, z=0):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.z})"

print(Point(1, 2), Point3D(1, 2, 3), Point3D(z=9))

# === super() finds attributes, not just methods ===
class Parent:
    greeting = "hello from parent"

class Child(Parent):
    greeting = "hello from child"
    def both(self):
        return self.greeting, super().greeting

print(Child().both())

# === overriding __str__ and delegating ===
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

class Price(Money):
    def __str__(self):
        return "Price: " + super().__str__()

print(str(Money(1234)), str(Price(5)), f"{Price(100000)}")
