# === floor, ceil, truncation via operators ===
def floor_div(a, b):
    return a // b

def ceil_div(a, b):
    return -(-a // b)

def trunc_div(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3)]:
    print(a, b, floor_div(a, b), ceil_div(a, b), trunc_div(a, b), int(a / b))

# === round half to even ===
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 2.675]])
print(round(7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))

# === percentages and money in cents ===
prices = [1999, 250, 10001, 5]
total = sum(prices)
print(total, f"{total / 100:.2f}")
tax = total * 8 // 100
print(tax, (total * 8 + 50) // 100)
for p in prices:
    print(f"{p // 100}.{p % 100:02d}", round(p / total * 100, 3))
