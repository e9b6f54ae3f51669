# === a boxed report using padding methods ===
title = "Quarterly Sales"
rows = [("North", 12345.5, 0.12), ("South", 987.25, -0.034), ("East-Central", 45000.0, 0.5)]
width = 40
print("+" + "-" * (width - 2) + "+")
print("|" + title.center(width - 2) + "|")
print("+" + "=" * (width - 2) + "+")
for region, amount, change in rows:
    left = region.ljust(14, ".")
    mid = f"{amount:,.2f}".rjust(12)
    right = f"{change:+.1%}".rjust(10)
    print("|" + left + mid + right + "|")
print("+" + "-" * (width - 2) + "+")
total = sum(r[1] for r in rows)
print("|" + "TOTAL".ljust(14) + f"{total:,.2f}".rjust(12) + "".rjust(10) + "|")

# === zero-padded codes and alignment ===
for n in [7, 42, 1234]:
    print(str(n).zfill(6), str(-n).zfill(6), str(n).rjust(6, "*"), str(n).center(7, "~"))
