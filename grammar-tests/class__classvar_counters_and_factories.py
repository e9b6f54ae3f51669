class Shape:
    registry = []
    _ids = 0

    def __init__(self, label):
        Shape._ids += 1
        self.id = Shape._ids
        self.label = label
        type(self).registry.append(self)

    @classmethod
    def create_many(cls, *labels):
        return [cls(l) for l in labels]

    @classmethod
    def count(cls):
        return len(cls.registry)

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.label})"

class Circle(Shape):
    registry = []

class Square(Shape):
    pass

Circle.create_many("c1", "c2")
Square.create_many("s1")
Shape("plain")
print(Shape.registry)
print(Circle.registry)
print(Shape.count(), Circle.count(), Square.count())
print(Square.registry is Shape.registry, Circle.registry is Shape.registry)

# === class attributes resolved through the MRO at call time ===
class Base:
    greeting = "hello"
    def greet(self):
        return f"{self.greeting} from {type(self).__name__}"

class Loud(Base):
    greeting = "HEY"

b, l = Base(), Loud()
print(b.greet(), l.greet())
Base.greeting = "hi"
print(b.greet(), l.greet())
del Loud.greeting
print(l.greet())
