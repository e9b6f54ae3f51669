# === percent type ===
for x in [0, 0.5, 0.123456, 1, 1.5, -0.0042, 12.3456789]:
    print(f"{x:%}|{x:.0%}|{x:.2%}|{x:>10.1%}|{x:+.3%}")

# === c type ===
print(f"{65:c}{66:c}{67:c}", f"{0x263A:c}", f"{10:c}" == "\n", f"{97:>3c}|", f"{97:*^5c}")

# === n type (C locale) ===
print(f"{1234567:n}", f"{1234.5678:n}", f"{0.00001:n}", f"{-42:n}")

# === progress bars ===
for done, total in [(0, 8), (3, 8), (8, 8)]:
    frac = done / total
    print(f"[{'#' * done:<8}] {frac:>6.1%}")

# === errors ===
for value, spec in [("x", "%"), ("x", "c"), (1.5, "c"), (2**40, "c")]:
    try:
        print(format(value, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
