sales = [
    ("2024-01", "north", 12500.5),
    ("2024-01", "south", 9800.0),
    ("2024-02", "north", 14100.25),
    ("2024-02", "south", 7600.75),
    ("2024-03", "north", 13050.0),
    ("2024-03", "south", 11200.4),
    ("2024-03", "west", 500.0),
]

# === pivot into month x region ===
months = sorted({m for m, _, _ in sales})
regions = sorted({r for _, r, _ in sales})
table = {m: {r: 0.0 for r in regions} for m in months}
for m, r, amount in sales:
    table[m][r] += amount

# === header ===
title = "Quarterly Sales Report"
width = 10 + 12 * (len(regions) + 1)
print("=" * width)
print(f"{title:^{width}}")
print("=" * width)
print(f"{'month':<10}" + "".join(f"{r:>12}" for r in regions) + f"{'total':>12}")
print("-" * width)

# === rows ===
col_totals = {r: 0.0 for r in regions}
for m in months:
    row_total = sum(table[m].values())
    cells = []
    for r in regions:
        v = table[m][r]
        col_totals[r] += v
        cells.append(f"{v:>12,.2f}" if v else f"{'-':>12}")
    print(f"{m:<10}" + "".join(cells) + f"{row_total:>12,.2f}")
print("-" * width)
grand = sum(col_totals.values())
print(f"{'total':<10}" + "".join(f"{col_totals[r]:>12,.2f}" for r in regions) + f"{grand:>12,.2f}")

# === share per region with bars ===
print()
for r in sorted(regions, key=lambda r: -col_totals[r]):
    share = col_totals[r] / grand
    bar = "█" * round(share * 40)
    print(f"{r:<6} {share:>6.1%} {bar}")

# === month-over-month change ===
print()
prev = None
for m in months:
    total = sum(table[m].values())
    if prev is None:
        print(f"{m}: {total:,.2f}")
    else:
        change = (total - prev) / prev
        arrow = "▲" if change > 0 else "▼"
        print(f"{m}: {total:,.2f} {arrow} {change:+.2%}")
    prev = total
