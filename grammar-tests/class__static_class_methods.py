# === staticmethod and classmethod ===
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

d = Date.from_string("2024-02-29")
print(d, Date.is_leap(2024), Date.is_leap(1900), d.is_leap(2000))

# === classmethod respects subclass ===
class FancyDate(Date):
    pass

fd = FancyDate.from_string("1999-12-31")
print(fd, type(fd).__name__, isinstance(fd, Date))

# === alternative constructors with counters ===
class Widget:
    created = 0

    def __init__(self, label):
        self.label = label
        Widget.created += 1

    @classmethod
    def batch(cls, n):
        return [cls(f"w{i}") for i in range(n)]

    @classmethod
    def count(cls):
        return cls.created

ws = Widget.batch(3)
print([w.label for w in ws], Widget.count(), ws[0].count())

# === staticmethod callable from instance and class ===
class MathUtil:
    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(hi, v))

    def clamp_self(self, v):
        return self.clamp(v, 0, 10)

print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-3, 0, 10), MathUtil().clamp_self(5))

# === classmethod modifying class state per subclass ===
class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count

class SubCounter(Counter):
    pass

Counter.bump(); Counter.bump(); SubCounter.bump()
print(Counter.count, SubCounter.count)
