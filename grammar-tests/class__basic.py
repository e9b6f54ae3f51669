# === a simple class ===
class Dog:
    species = "canis familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f"{self.name} is {self.age} years old"

    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"

    def birthday(self):
        self.age += 1
        return self

rex = Dog("Rex", 3)
print(rex.describe())
print(rex.speak(), rex.speak("grr"), rex.speak(sound="yip"))
print(rex.birthday().birthday().age)
print(rex.species, Dog.species, type(rex).__name__, isinstance(rex, Dog))

# === bound methods are objects ===
speak = rex.speak
print(speak("arf"), Dog.speak(rex, "via class"))

# === attributes can be added dynamically ===
rex.owner = "Sam"
print(rex.owner, hasattr(rex, "owner"), hasattr(Dog("A", 1), "owner"))
print(getattr(rex, "name"), getattr(rex, "missing", "default"))
setattr(rex, "name", "Rexy")
print(rex.name)

# === instances are independent ===
a = Dog("A", 1)
b = Dog("B", 2)
a.age = 10
print(a.age, b.age)

# === class with no __init__ ===
class Bag:
    def put(self, item):
        if not hasattr(self, "items"):
            self.items = []
        self.items.append(item)
        return len(self.items)

bag = Bag()
print(bag.put("x"), bag.put("y"), bag.items)

# === __init__ must return None ===
class Weird:
    def __init__(self):
        return 5

try:
    Weird()
except TypeError as e:
    print("TypeError:", e)

# === methods calling other methods ===
class Calculator:
    def __init__(self):
        self.value = 0
    def add(self, n):
        self.value += n
        return self
    def mul(self, n):
        self.value *= n
        return self
    def result(self):
        return self.value

print(Calculator().add(3).mul(4).add(-2).result())
