class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o):
        return f"matmul {self.c} @ {o.c}"
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]

v, w = Vec(1, 2), Vec(3, 4)

# === arithmetic ===
print(v + w, w - v, v * 3, 3 * v, v * w, w / 2, -v, +v, abs(w))
print(v @ w)

# === equality, hashing, truthiness ===
print(v == Vec(1, 2), v != w, len({v, Vec(1, 2), w}), bool(Vec(0, 0)), bool(v))

# === unsupported combos ===
for expr in (lambda: v + 1, lambda: 1 + v, lambda: v * "s", lambda: v < w, lambda: v % 2):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)

# === sequence behaviour from __len__/__getitem__ ===
print(len(v), v[0], list(v), sum(Vec(1, 2, 3)), 2 in v)

# === in-place falls back to binary op, rebinding ===
u = v
u += w
print(u, v, u is v)
u *= 2
print(u)
