# === an iterator class with __iter__ and __next__ ===
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
print(list(c))

# === iterable that returns a fresh iterator each time ===
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)

r = Range2(3)
print(list(r), list(r), sum(r), sorted(r))
print([(a, b) for a in r for b in r if a > b])

# === iterators work with builtins ===
print(max(Countdown(4)), min(Countdown(4)), list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2))))
print(" ".join(map(str, Countdown(3))), any(x > 2 for x in Countdown(3)))

# === __iter__ returning a non-iterator ===
class Broken:
    def __iter__(self):
        return [1, 2]
try:
    iter(Broken())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in Broken():
        pass
except TypeError as e:
    print("TypeError:", e)

# === __next__ alone is not iterable ===
class OnlyNext:
    def __next__(self):
        return 1
try:
    iter(OnlyNext())
except TypeError as e:
    print("TypeError:", e)
