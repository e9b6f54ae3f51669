# allow-import: dataclasses, typing
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List, Optional, ClassVar

# === generated __init__ / __repr__ / __eq__ ===
@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), repr(Point(0)), p.x, p.y)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2), Point.__match_args__)
p.x = 10
print(p, Point.__eq__(p, Point(10, 2)), Point.__hash__)

@dataclass()
class Empty:
    pass
print(Empty(), Empty() == Empty())

# === defaults, factories, field options ===
@dataclass
class Order:
    id: int
    items: List[str] = field(default_factory=list)
    note: Optional[str] = None
    secret: str = field(default="s3", repr=False)
    total: float = field(init=False, default=0.0)
    seq: int = field(default=0, compare=False)
    MAX: ClassVar[int] = 99

a, b = Order(1), Order(2)
a.items.append("pen")
print(a, b, a.items is b.items, Order.MAX, Order.note, a.secret)
print(Order(1, seq=5) == Order(1, seq=6), [f.name for f in fields(Order)], fields(a)[1].default_factory)
print(asdict(Order(3, ["x"])), astuple(Order(4)))

# === __post_init__ ===
@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)
    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32
        if self.celsius < -273.15:
            raise ValueError("below absolute zero")
print(Temperature(100), Temperature(-40).fahrenheit)
try:
    Temperature(-300)
except ValueError as e:
    print("ValueError:", e)

# === methods and properties alongside generated ones ===
@dataclass
class Rect:
    w: float
    h: float
    def area(self) -> float:
        return self.w * self.h
    @property
    def square(self) -> bool:
        return self.w == self.h
    def __str__(self):
        return f"{self.w}x{self.h}"
r = Rect(2, 3)
print(r, repr(r), r.area(), r.square, Rect(2, 2).square)

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"<Custom {self.v}>"
    def __eq__(self, other):
        return isinstance(other, Custom) and abs(self.v - other.v) < 2
print(Custom(1), Custom(1) == Custom(2), Custom(1) == Custom(5))

# === inheritance ===
@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"
@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: List[str] = field(default_factory=list)
d = Dog("rex", tricks=["sit"])
print(d, d.speak(), Animal("cat"), [f.name for f in fields(Dog)], isinstance(d, Animal))

# === replace / asdict with nesting ===
@dataclass
class Address:
    city: str
    zip: str
@dataclass
class Person:
    name: str
    address: Address
    tags: List[str] = field(default_factory=list)
alice = Person("Alice", Address("Paris", "75001"), ["admin"])
moved = replace(alice, address=Address("Lyon", "69001"))
print(moved, alice.address.city)
print(asdict(alice), astuple(alice))
print(is_dataclass(Person), is_dataclass(alice), is_dataclass(dict), is_dataclass(3))

# === mutable structures and sorting records ===
@dataclass
class Task:
    title: str
    priority: int = 3
    done: bool = False
tasks = [Task("write", 2), Task("test", 1), Task("ship"), Task("plan", 1, True)]
open_tasks = sorted((t for t in tasks if not t.done), key=lambda t: (t.priority, t.title))
print([t.title for t in open_tasks])
tasks[0].done = True
print(sum(t.done for t in tasks), tasks[0])

# === pattern matching on a dataclass ===
def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case _:
            return "something"
print([describe(s) for s in [Point(0, 0), Point(0, 7), Rect(3, 3), Rect(1, 2)]])
