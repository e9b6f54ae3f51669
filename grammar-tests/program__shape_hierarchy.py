import_pi = 3.141592653589793

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __str__(self):
        return f"{self.name:<10} area={self.area():>8.2f} perim={self.perimeter():>7.2f}"

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return import_pi * self.r ** 2
    def perimeter(self):
        return 2 * import_pi * self.r

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

shapes = [Rect(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
try:
    shapes.append(Triangle(1, 2, 10))
except ValueError as e:
    print("ValueError:", e)
for s in sorted(shapes):
    print(s)
print("created", Shape.count)
print("largest:", max(shapes).name, "| smallest:", min(shapes).name)
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_type)
print([isinstance(s, Rect) for s in shapes], issubclass(Square, Shape))
