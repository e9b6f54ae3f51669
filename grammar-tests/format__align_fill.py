# === alignment with default fill ===
for spec in ["<8", ">8", "^8", "=8", "8"]:
    print(repr(format(-42, spec)), repr(format("ab", spec.replace("=", "<"))), repr(format(3.5, spec)))

# === custom fill characters ===
print(format(42, "*^9"), format(42, "0>6"), format(-42, "0=6"), format(42, "-<5"), format("x", "€^5"), format(7, "{<4"), format(3.14, "_>10"))
print(f"{'left':.<12}|", f"{'right':.>12}|", f"{'mid':=^11}|", f"{-3:*=7}", f"{3:<<3}")

# === width smaller than value ===
print(format(123456, "3"), format("toolong", "^3"), format(-1.5, "=2"))

# === table with computed widths ===
rows = [("alpha", 1.5, 10), ("be", 22.25, -3), ("gamma-ray", 0.0, 1000)]
w = max(len(r[0]) for r in rows)
for name, val, n in rows:
    print(f"{name:<{w}} | {val:>8.2f} | {n:^+7d} |")

# === errors ===
for value, spec in [("s", "=5"), ("s", "05"), (1, "<<<5")]:
    try:
        print(repr(format(value, spec)))
    except ValueError as e:
        print(type(e).__name__, e)
