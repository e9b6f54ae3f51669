values = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123, 1e10, 2.5, 0.125]

# === fixed point ===
for v in values:
    print(f"{v:.2f}|{v:10.3f}|{v:<10.1f}|{v:+.0f}")

# === exponent and general ===
for v in values:
    print(f"{v:e}|{v:.2e}|{v:g}|{v:.3g}|{v:G}")

# === percent and grouping ===
print(f"{0.256:%} {0.256:.1%} {1.0:.0%} {1234567.891:,.2f} {1234567.891:_.1f}")

# === str/repr in f-strings ===
print(f"{0.1 + 0.2} {0.1 + 0.2!r} {1e16} {1e-5} {float('inf')} {float('nan')}")
print(f"{float('inf'):.2f} {float('-inf'):>8} {-0.0:.1f}")

# === zero padding and str.format ===
print(f"{3.14159:.3f} {2.5:08.2f} {-2.5:=+8.2f} {2.5:=+8.2f}")
print("{:.1f} and {:.3e}".format(9.95, 12345.678))
print("{0:.2f} {0:.0f} {1:.4}".format(2.675, 1 / 3))
print(str(2.0), str(2.50), str(-7e-10), str(12e5))

# === f-string width with computed floats in a table ===
rows = [("alpha", 1 / 3), ("beta", 2 / 3), ("gamma", 10 / 7), ("delta", -5 / 4)]
for name, v in rows:
    print(f"{name:<6}|{v:8.4f}|{v:>10.2e}|{v:+.1%}|{round(v, 3)!r:>8}")

# === rounding then formatting ===
for v in (0.005, 0.015, 0.025, 1.005, 123.455):
    print(v, round(v, 2), f"{v:.2f}", f"{round(v, 2):.3f}")
