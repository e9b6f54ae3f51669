# === fixed-point rounding uses the exact binary value ===
for x in [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, 1e22, 1e-7, 0.1]:
    print(repr(x), f"{x:.2f}", f"{x:.0f}", "%.2f" % x, f"{x:.1e}", round(x, 2))
print(f"{0.1:.30f}", f"{1e300:.3g}", f"{5e-324:g}", f"{123.456:.0e}", f"{-0.0:+.1f}", f"{1234567.0:_.2f}")

# === empty spec vs repr ===
for x in [1.5, 1e16, 10**16 * 1.0, 1e-5, 123456789012345680.0]:
    print(format(x, ""), repr(x), str(x), format(x, ".17g"), "{:.3}".format(x))
