# === __iter__ written as a generator method ===
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def levels(self):
        frontier = [self]
        depth = 0
        while frontier:
            yield depth, [n.value for n in frontier]
            frontier = [c for n in frontier for c in n.children]
            depth += 1

    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not self.children:
            yield here
        for c in self.children:
            yield from c.paths(here)

t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"), Tree("c", Tree("c1", Tree("c1x"))))
print(list(t))
for depth, values in t.levels():
    print(depth, values)
print(["/".join(p) for p in t.paths()])
print(len(list(t)), "c1x" in t, sorted(t)[:3])

# === generator-based range class with reversed support ===
class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        n = self.lo
        while n < self.hi:
            yield n
            n += 1
    def __reversed__(self):
        n = self.hi - 1
        while n >= self.lo:
            yield n
            n -= 1
    def __len__(self):
        return max(0, self.hi - self.lo)

s = Span(3, 7)
print(list(s), list(reversed(s)), len(s), list(zip(s, reversed(s))))
