# === class implementing __iter__ and __next__ ===
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
cd = Countdown(2)
for n in cd:
    print("tick", n)
print(list(cd))

# === iterable returning a fresh iterator each time ===
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)

class Range2Iter:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1

r = Range2(3, 6)
print(list(r), list(r), sum(r), [x * y for x in r for y in r if x < y])

# === __iter__ as a generator ===
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), 4 in t, max(t))

# === iter() and next() by hand ===
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
it = iter(Countdown(1))
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# === unpacking and builtins consume iterators ===
a, b, c = Countdown(3)
print(a, b, c, sorted(Countdown(4)), tuple(Countdown(2)), dict(zip("ab", Countdown(2))))
print(any(x > 2 for x in Countdown(3)), ",".join(str(x) for x in Countdown(3)))

# === not iterable error ===
class NotIterable:
    pass
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
