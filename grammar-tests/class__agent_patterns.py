# === class patterns agents write ===
class Account:
    interest = 0.02
    _count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
    @property
    def balance(self):
        return round(self._balance, 2)
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @classmethod
    def count(cls):
        return cls._count
    @staticmethod
    def fee(amount):
        return max(1, amount * 0.01)
    def deposit(self, amount):
        self.balance = self._balance + amount
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def __str__(self):
        return f"{self.owner}: ${self.balance:,.2f}"
    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner
    def __lt__(self, other):
        return self.balance < other.balance
    def __hash__(self):
        return hash(self.owner)
a = Account("ann", 100).deposit(50.555)
b = Account("bob")
print(a, repr(b), Account.count(), Account.fee(500), a.fee(10), a == Account("ann"), a != b, sorted([a, b]), max(a, b))
try:
    b.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(Account.interest, a.interest, hasattr(a, "owner"), vars is None if False else "no vars", len({a, Account("ann")}))
class Savings(Account):
    interest = 0.05
    def __init__(self, owner, balance=0.0, locked=False):
        super().__init__(owner, balance)
        self.locked = locked
    def deposit(self, amount):
        if self.locked:
            raise PermissionError("locked")
        return super().deposit(amount)
    def __repr__(self):
        return "Savings/" + super().__repr__()
s = Savings("cy", 10)
print(s.deposit(5), repr(s), s.interest, isinstance(s, Account), issubclass(Savings, Account), type(s).__name__, Savings.__mro__[1].__name__)
try:
    Savings("dd", locked=True).deposit(1)
except PermissionError as e:
    print("PermissionError:", e)
# === protocols ===
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __bool__(self):
        return any(any(r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], len(m), 4 in m, 9 in m, m + m, 2 * m, m * 3, m @ m, list(m), bool(Matrix([[0]])), m == Matrix([[1, 5], [3, 4]]))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return format(self.c * 9 / 5 + 32, spec) + "F"
    def __call__(self, delta):
        return Temp(self.c + delta)
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return et is KeyError
t = Temp(100)
print(f"{t:.1f}", f"{t(-100):.0f}", callable(t))
with Temp(0) as tt:
    raise KeyError("suppressed")
print("after with")
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def walk(self, depth=0):
        yield depth, self.val
        for ch in self.children:
            yield from ch.walk(depth + 1)
tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
print(["  " * d + v for d, v in tree.walk()])
class Meta:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Meta.registry[cls.__name__.lower()] = cls
class Alpha(Meta): pass
class Beta(Meta): pass
print(sorted(Meta.registry), Meta.registry["alpha"] is Alpha)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
print(Slotted().x, Slotted.__name__, Slotted.__qualname__)
