# === an agent script with a misspelled variable ===
prices = {"apple": 1.25, "pear": 0.8, "plum": 2.0}
quantities = {"apple": 4, "pear": 10}

total = 0
for name, price in prices.items():
    qty = quantities.get(name, 0)
    line_total = qty * price
    total += line_total
    print(f"{name:<6}{qty:>3} x {price:.2f} = {line_total:6.2f}")

# === a NameError that is caught ===
try:
    print(discount)
except NameError as e:
    print("handled:", e)

# === the fatal one ===
print(f"total: {total:.2f}")
print(f"with shipping: {total + shipping_fee:.2f}")
