class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    def __str__(self):
        return f"{self.d:02d}/{self.m:02d}/{self.y}"

# === alternative constructors respect subclassing ===
print(Date.from_string("2024-02-29"), EuroDate.from_string("2023-7-4"))
print(str(EuroDate.from_string("2023-7-4")))

# === static methods callable from class and instance ===
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))

# === classmethod counting instances per class ===
class Tracked:
    count = 0
    def __init__(self):
        type(self).increment()
    @classmethod
    def increment(cls):
        cls.count += 1

class SubTracked(Tracked):
    count = 0

Tracked(); Tracked(); SubTracked()
print(Tracked.count, SubTracked.count)

# === accessing the underlying functions ===
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.__dict__["is_leap"].__func__(2020))
