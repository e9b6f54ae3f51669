# === bankers rounding to int ===
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675]])
print(round(7), round(-7), round(True), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None))

# === with ndigits ===
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3), round(-1.25, 1), round(1e-10, 5))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, -1))
print(round(123, 2), round(10**20 + 5, -1), round(1.5, 300), round(1e300, -300), round(float("inf"), 2), round(float("nan"), 1))

# === money report ===
prices = [19.995, 4.125, 0.1 + 0.2, 100 / 3]
for p in prices:
    print(f"{p!r:>22} -> {round(p, 2)}")
print(round(sum(prices), 2))

# === user __round__ ===
class Grade:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return f"grade {self.v} rounded with {n}"
print(round(Grade(3)), round(Grade(3), 1))

# === errors ===
for args in [(float("inf"),), (float("nan"),), ("1.5",), (1.5, "2"), (1.5, 1.0), (None,)]:
    try:
        print(round(*args))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
