# === super() in __init__ chains ===
class Animal:
    def __init__(self, name):
        self.name = name
        self.tags = ["animal"]

class Pet(Animal):
    def __init__(self, name, owner):
        super().__init__(name)
        self.owner = owner
        self.tags.append("pet")

class Dog(Pet):
    def __init__(self, name, owner, breed):
        super().__init__(name, owner)
        self.breed = breed
        self.tags.append("dog")

d = Dog("Rex", "Ann", "lab")
print(d.name, d.owner, d.breed, d.tags)

# === explicit two-argument super ===
class Shape:
    def describe(self):
        return "shape"
class Polygon(Shape):
    def describe(self):
        return "polygon/" + super(Polygon, self).describe()
class Square(Polygon):
    def describe(self):
        return "square/" + super(Polygon, self).describe()

print(Square().describe())

# === super in classmethods and staticmethod-free helpers ===
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child -> " + super().create()

print(Child.create(), Child().create())

# === super() to reach overridden dunders ===
class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)

r = Recorder()
r.x = 1
r.y = 2
print(r.log, r.x, r.y)
