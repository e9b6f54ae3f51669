# === a report built with str.format ===
rows = [("Widget", 4, 3.5), ("Gadget with long name", 12, 0.25), ("Thing", 1000, 12.0)]
name_w = max(len(r[0]) for r in rows)
line = "{:<{nw}} {:>6} {:>9} {:>10}"
print(line.format("Item", "Qty", "Price", "Total", nw=name_w))
print(line.format("-" * name_w, "-" * 6, "-" * 9, "-" * 10, nw=name_w))
for name, qty, price in rows:
    print("{:<{nw}} {:>6,d} {:>9.2f} {:>10,.2f}".format(name, qty, price, qty * price, nw=name_w))
total = sum(q * p for _, q, p in rows)
print("{:>{w}}".format("{:,.2f}".format(total), w=name_w + 28))

# === centered banners ===
for title in ["Summary", "Q3"]:
    print("{:=^30}".format(" " + title + " "), "{0:*^{1}}".format(title, len(title) + 4))
