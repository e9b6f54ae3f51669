# Micro: method calls and attribute access on a user class in a loop.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def moved(self, dx):
        return Point(self.x + dx, self.y - dx)


p = Point(1, 2)
q = Point(3, 4)
acc = 0
for i in range(100000):
    acc += p.dot(q)
    if i % 1000 == 0:
        p = p.moved(1)
print(acc, p.x, p.y)
