# === ints through float conversions and back ===
print("%d %d %d" % (3.99, -3.99, True), "%f %e %g" % (1, 2, 3), "%s %s" % (1.0, 10**20), "%r" % 1e16, "%.3s" % 3.14159)
print("%x %o" % (-255, -8), "%#x" % 0, "%5.1f%%" % 99.5, "%i" % 10**25, "%.2f" % 10**20, "%g" % 123456789, "%g" % 0.0001, "%.10g" % (1 / 3))

# === inf and nan ===
inf = float("inf")
print("%f %F %e %g %d" % (inf, -inf, float("nan"), inf, 0), "%5.1f|" % float("nan"), "%+f" % inf)

# === percent tables ===
rows = [("cpu", 0.4567), ("mem", 0.9), ("disk", 0.03)]
for name, frac in rows:
    print("%-5s %6.1f%% %s" % (name, frac * 100, "#" * int(frac * 20)))

# === errors ===
for call in [lambda: "%d" % inf, lambda: "%d" % float("nan"), lambda: "%x" % "a", lambda: "%c" % 0x110000, lambda: "%c" % -1, lambda: "%.2f" % "x", lambda: "%d" % [1]]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
