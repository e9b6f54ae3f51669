# === building a fixed-width report ===
rows = [
    ("Widget", 4, 3.5),
    ("Gadget, large", 12, 12.25),
    ("Nut", 1000, 0.015),
]
header = f"{'item':<15}{'qty':>6}{'price':>9}{'total':>11}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<15.15}{qty:>6,}{price:>9.3f}{total:>11,.2f}")
print("-" * len(header))
print(f"{'grand total':<30}{grand:>11,.2f}")

# === percentages and signs ===
changes = {"north": 0.125, "south": -0.0333, "east": 0.0, "west": 1.5}
for region, ch in changes.items():
    arrow = "+" if ch > 0 else "-" if ch < 0 else "="
    print(f"{region:>6}: {ch:+8.2%} {arrow}")

# === zero padding for ids and times ===
for i, secs in [(7, 59), (42, 3600), (123, 3725)]:
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    print(f"ID-{i:04d} {h:02d}:{m:02d}:{s:02d}")
