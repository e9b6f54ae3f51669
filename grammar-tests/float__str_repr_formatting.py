# === str and repr agree for floats ===
for x in [0.0, -0.0, 1.0, 0.1, 1 / 3, 1e16, 1.5e-7, 123456789.123, float("inf"), 2.0 ** 60, 1e-320]:
    print(str(x), repr(x), f"{x}", "%s" % x, "%r" % x, format(x), str(x) == repr(x))

# === integral floats keep .0 ===
print(1.0, 100.0, 1e15, 1e16, -5.0, 3 * 1.0, 10 / 2, float(10**15), float(10**16))

# === precision choices ===
x = 2 / 3
print(f"{x:.1f} {x:.5f} {x:.15f} {x:.17f} {x:.20f} {x:.3e} {x:.10g} {x:.17g}", round(x, 3), str(round(x, 10)))
