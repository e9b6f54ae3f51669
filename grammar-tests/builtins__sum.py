# === numbers ===
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]), sum([10**20, 1]))
print(sum([1, 2], start=10), sum((x * x for x in range(4))), sum({1: "a", 2: "b"}), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))

# === non-number start ===
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[1]], [0]))

# === totals program ===
orders = [{"qty": 2, "price": 9.99}, {"qty": 1, "price": 24.5}, {"qty": 3, "price": 0.5}]
print(round(sum(o["qty"] * o["price"] for o in orders), 2), sum(o["qty"] for o in orders))

# === user __add__ / __radd__ ===
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.c})"
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))

# === errors ===
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum(["a", "b"]), lambda: sum(5), lambda: sum([1, "a"]), lambda: sum([[1]]), lambda: sum()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
