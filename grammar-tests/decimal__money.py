# allow-import: decimal
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

# === invoice totals with exact cents ===
items = [("widget", "19.99", 3), ("gadget", "4.25", 10), ("service", "150.00", 1), ("tax-free", "0.10", 7)]
subtotal = Decimal("0")
for name, price, qty in items:
    line = Decimal(price) * qty
    subtotal += line
    print(f"{name:<10}{qty:>4} x {Decimal(price):>8} = {line:>9}")
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(f"subtotal {subtotal}, tax {tax}, total {total}")
print(f"{total:,.2f} | {total:>12.2f} | {total:.1f} | {total:.0f} | {total:+.3f}")
print(f"{Decimal('1234567.891'):,} {Decimal('0.5'):.0%} {Decimal('0.125'):.1%} {Decimal('12345.678'):e} {Decimal('12345.678'):.2e}")
print(format(Decimal("-0.5"), ".2f"), format(Decimal("7"), "08.3f"), format(Decimal("3.14159"), "^12.3f"), format(Decimal("2.5"), ""))

# === splitting a bill so the cents add up ===
def split(amount, ways):
    share = (amount / ways).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    shares = [share] * ways
    shares[-1] += amount - share * ways
    return shares
parts = split(Decimal("100.00"), 3)
print(parts, sum(parts))
parts = split(Decimal("10.01"), 4)
print(parts, sum(parts))

# === compound interest, rounded each month ===
balance = Decimal("1000.00")
rate = Decimal("0.05") / 12
for month in range(1, 13):
    interest = (balance * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    balance += interest
    if month % 4 == 0:
        print(month, interest, balance)

# === parsing and normalising user input ===
raw = ["  12.50 ", "3", "-0.75", "1e2", "0.333333333333333333333333333333"]
values = [Decimal(r) for r in raw]
print(values)
print(sum(values), max(values), min(values))
print([v.quantize(Decimal("0.01")) for v in values])
avg = sum(values) / len(values)
print(avg, avg.quantize(Decimal("0.0001")))
