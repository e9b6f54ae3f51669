# === f, e, g, %, and none ===
values = [0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000123456, 1e16, 1e-7, 123456789.0, 0.5]
for x in values:
    print(f"{x:f}|{x:.2f}|{x:e}|{x:.3E}|{x:g}|{x:.3g}|{x:G}|{x:%}|{x:.1%}|{x}|{x:.4}|{x:n}")

# === # alternate form keeps points / zeros ===
print(f"{1.0:#g}", f"{1.0:#.0f}", f"{12345.0:#.3g}", f"{1e-5:#g}", f"{0.5:#.0e}", f"{2.0:#}", f"{100.0:#.2}")

# === precision boundaries for g ===
for p in [0, 1, 2, 6, 15, 17]:
    print(p, format(1 / 3, f".{p}g"), format(123456.0, f".{p}g"), format(1e-5, f".{p}g"))

# === F and E uppercase for inf/nan ===
print(f"{float('inf'):F}", f"{float('nan'):E}", f"{float('-inf'):G}", f"{float('nan'):%}", f"{1e300 * 10:.2f}")

# === errors ===
for spec in ["d", "x", "c", "b", "s", "=s"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
