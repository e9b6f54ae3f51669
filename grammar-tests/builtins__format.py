# === format() with specs ===
print(format(42), format(42, ""), format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "+"), format(-42, "x"))
print(format(3.14159, ".2f"), format(1234567.891, ",.2f"), format(0.25, "%"), format(0.25, ".0%"), format(1e-7, "g"), format(123.0, "e"))
print(format("hi", "*^6"), format("hi", ">4"), format("hello", ".3"), format(True), format(True, "d"), format(None))
print(format(255, "#b"), format(255, "08X"), format(1234567, "_"), format(-1234567, ","), format(65, "c"))

# === user __format__ ===
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        if spec == "usd":
            return f"${value:,.2f}"
        return format(value, spec)
m = Money(123456)
print(format(m, "usd"), format(m, ".1f"), f"{m:usd}", "{:usd}".format(m))

# === table ===
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
for name, qty, price in rows:
    print(format(name, "<8") + format(qty, ">5") + format(price * qty, ">9.2f"))

# === errors ===
for value, spec in [(42, "s"), ("x", "d"), (1.5, "d"), (42, "z"), ("x", "+"), (42, ".2d"), (None, "d"), ([], "5")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
