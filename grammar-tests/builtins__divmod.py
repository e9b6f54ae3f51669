# === ints, all sign combinations ===
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20 + 3, 7), (-10**20, 3)]:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(a, b, (q, r), (a // b, a % b))

# === floats ===
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (-0.0, 1.0), (5, float("inf")), (-5, float("inf"))]:
    print(a, b, divmod(a, b))

# === time conversion program ===
def hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return f"{d}d {h:02}:{m:02}:{s:02}"
print(hms(0), hms(59), hms(3661), hms(90061), hms(1000000))
print(divmod(True, 2), divmod(5, True))

# === user __divmod__ ===
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        return (Money(self.cents // n), self.cents % n)
    def __repr__(self):
        return f"Money({self.cents})"
print(divmod(Money(1001), 3))

# === errors ===
for a, b in [(1, 0), (1.5, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [("7", 2), (7, "2"), (None, 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
