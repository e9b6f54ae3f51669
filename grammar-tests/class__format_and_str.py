class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        if spec.endswith("c"):
            return format(self.amount, spec[:-1] + "f") + " " + self.currency
        return format(str(self), spec)

m = Money(1234.5)

# === str vs repr vs format ===
print(str(m), repr(m))
print(f"{m}", f"{m!r}", f"{m!s}")
print(f"{m:short}", f"{m:>20}", f"[{m:*^24}]", f"{m:,.1c}")
print(format(m, "short"), "{:short} and {!r}".format(m, m))

# === containers use repr of elements ===
print([m], (m,), {"k": m})

# === default __format__ with non-empty spec fails ===
class Plain:
    def __str__(self):
        return "plain"

print(f"{Plain()}", format(Plain(), ""))
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)

# === __str__ falls back to __repr__ ===
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()])
