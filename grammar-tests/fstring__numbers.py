# === integers ===
for n in (0, 7, -7, 1234567, -1234567):
    print(f"{n}|{n:d}|{n:8d}|{n:<8d}|{n:^9d}|{n:+d}|{n: d}|{n:,}|{n:08d}|{n:x}")

# === floats ===
for x in (0.0, 1.0, -2.5, 3.14159, 1234.5678, 0.000456, 1e21, -1e-7):
    print(f"{x}|{x:.1f}|{x:10.3f}|{x:+.2e}|{x:g}|{x:,.2f}|{x:.0f}|{x:.3%}")

# === rounding in formatting is round-half-even on the binary value ===
for x in (0.125, 0.375, 2.5, 3.5, 1.005, 2.675):
    print(f"{x:.2f} {x:.0f} {x:.1f}")

# === bools and ints in float formats ===
print(f"{True:.2f} {3:.2f} {10:e} {5:%}")

# === alignment with signs and zero padding ===
for v in (5, -5):
    print(f"[{v:=6}] [{v:06}] [{v:+06}] [{v:<+6}] [{v:^+7}]")
print(f"[{-3.5:010.2f}] [{3.5:+010.2f}] [{-0.001:.2f}]")

# === money formatting ===
amounts = [0, 5.5, 1234.567, -99.999, 1_000_000]
for a in amounts:
    sign = "-" if a < 0 else ""
    text = f"{sign}${abs(a):,.2f}"
    print(f"{text:>15}|")
