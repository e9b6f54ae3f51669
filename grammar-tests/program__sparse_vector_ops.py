class SparseVector:
    def __init__(self, size, entries=None):
        self.size = size
        self.entries = {i: v for i, v in (entries or {}).items() if v != 0}

    @classmethod
    def from_list(cls, values):
        return cls(len(values), dict(enumerate(values)))

    def __getitem__(self, i):
        if not -self.size <= i < self.size:
            raise IndexError("sparse index out of range")
        return self.entries.get(i % self.size, 0)

    def __setitem__(self, i, v):
        i %= self.size
        if v:
            self.entries[i] = v
        else:
            self.entries.pop(i, None)

    def __len__(self):
        return self.size

    def __iter__(self):
        return (self[i] for i in range(self.size))

    def __add__(self, other):
        if self.size != other.size:
            raise ValueError("size mismatch")
        out = dict(self.entries)
        for i, v in other.entries.items():
            out[i] = out.get(i, 0) + v
        return SparseVector(self.size, out)

    def dot(self, other):
        small, big = sorted((self, other), key=lambda v: len(v.entries))
        return sum(v * big.entries.get(i, 0) for i, v in small.entries.items())

    def __mul__(self, k):
        return SparseVector(self.size, {i: v * k for i, v in self.entries.items()})

    def __eq__(self, other):
        return self.size == other.size and self.entries == other.entries

    def __repr__(self):
        return f"SparseVector({self.size}, {dict(sorted(self.entries.items()))})"

a = SparseVector.from_list([0, 0, 3, 0, 5, 0])
b = SparseVector(6, {2: -3, 5: 1})
print(a, b)
print(a + b, a.dot(b), a * 2)
print(list(a), len(a), a[-2], a[4])
a[0] = 7
a[4] = 0
print(a, sum(a))
print(a + b == SparseVector(6, {0: 7, 5: 1}))
for bad in (lambda: a[6], lambda: a + SparseVector(3)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
