# === abstract base using NotImplementedError ===
class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    name = "square"
    def __init__(self, side):
        super().__init__(side, side)

class Blob(Shape):
    pass

shapes = [Circle(1), Rect(2, 3), Square(4), Blob()]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)

# === duck typing: anything with speak() works ===
class Duck:
    def speak(self):
        return "quack"

class Robot:
    def speak(self):
        return "beep"

class Rock:
    pass

for thing in (Duck(), Robot(), Rock()):
    speak = getattr(thing, "speak", None)
    print(type(thing).__name__, speak() if callable(speak) else "(silent)")

# === polymorphic dispatch via a dict of classes ===
FACTORY = {"circle": Circle, "rect": Rect, "square": Square}
specs = [("circle", 2), ("rect", 1, 5), ("square", 3)]
built = [FACTORY[kind](*args) for kind, *args in specs]
print([round(b.area(), 3) for b in built])
print(sorted(built, key=lambda s: s.area())[0].name)
print(sum(isinstance(b, Rect) for b in built), [type(b).__name__ for b in built if type(b) is Rect])

# === overriding and calling the parent implementation ===
class LoudSquare(Square):
    name = "loud square"
    def describe(self):
        return super().describe().upper() + "!"

print(LoudSquare(2).describe())
