class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

a = Vec(3, 4)
b = Vec(1, -2)

# === binary operators ===
print(a + b, a - b, a * 2, 3 * a, a * b)
print(a / 2, a // 2, a % 2, a ** 2)

# === unary operators ===
print(-a, +a, abs(a), abs(-b))

# === equality ===
print(a == Vec(3, 4), a != Vec(3, 4), a == (3, 4), a != "x")

# === augmented assignment falls back to binary op ===
c = a
c += b
print(c, a, c is a)
c *= 10
print(c)

# === NotImplemented leads to TypeError ===
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    a * None
except TypeError as e:
    print("TypeError:", e)

# === sum needs a start value ===
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
