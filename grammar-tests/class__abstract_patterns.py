# === NotImplementedError based abstract methods ===
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Unfinished(Shape):
    pass

for s in [Rect(2, 3), Circle(1), Unfinished()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)

# === template method pattern ===
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return "== report =="
    def footer(self):
        return "== end =="
    def body(self):
        return []

class Sales(Report):
    def __init__(self, figures):
        self.figures = figures
    def body(self):
        return [f"{k}: {v}" for k, v in self.figures.items()]
    def footer(self):
        return f"total {sum(self.figures.values())}\n" + super().footer()

print(Sales({"north": 10, "south": 32}).render())

# === isinstance/issubclass across the hierarchy ===
print(isinstance(Rect(1, 1), Shape), issubclass(Circle, Shape), issubclass(Shape, Circle))
print(isinstance(Circle(1), (Rect, Circle)), issubclass(Rect, (object,)), issubclass(bool, int))
