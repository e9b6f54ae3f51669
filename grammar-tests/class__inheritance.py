# === single inheritance and overriding ===
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__

class Cat(Animal):
    sound = "meow"

class Lion(Cat):
    sound = "roar"

    def speak(self):
        return super().speak().upper()

class Fish(Animal):
    def speak(self):
        return f"{self.name} is silent"

for a in [Animal("generic"), Cat("Tom"), Lion("Leo"), Fish("Nemo")]:
    print(a.kind(), "|", a.speak())

# === isinstance/issubclass ===
leo = Lion("Leo")
print(isinstance(leo, Lion), isinstance(leo, Cat), isinstance(leo, Animal), isinstance(leo, Fish))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(Fish, object))
print(isinstance(leo, (Fish, Cat)), isinstance(3, (str, int)), isinstance(True, int))

# === extending __init__ ===
class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def pay(self):
        return self.salary

class Manager(Employee):
    def __init__(self, name, salary, bonus):
        super().__init__(name, salary)
        self.bonus = bonus

    def pay(self):
        return super().pay() + self.bonus

staff = [Employee("ann", 100), Manager("bob", 150, 50)]
print([(s.name, s.pay()) for s in staff], sum(s.pay() for s in staff))

# === inherited method uses overridden method ===
class Shape:
    def area(self):
        return 0
    def report(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

print(Shape().report(), "/", Square(4).report())

# === __bases__ and __name__ ===
print(Lion.__name__, [b.__name__ for b in Lion.__bases__], Animal.__bases__[0].__name__)
print([c.__name__ for c in Lion.__mro__])
