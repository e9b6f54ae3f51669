# === g switches between fixed and exponent ===
for x in [0.0001, 0.00001, 123456, 1234567, 1e15, 1e16, 0.5, 100.0, 1.0, 12.0, 3.14159265358979, -2.5e-10, 9.9999999]:
    print(f"{x!r:>20} g={x:g} .3g={x:.3g} .10g={x:.10g} #g={x:#g} G={x:G} none={x:.3}")

# === ints with g and e ===
print(f"{10:g} {100000:g} {1000000:g} {123456789:.4g} {5:e} {0:e} {-7:.2E}")

# === significant figures helper ===
def sig(x, n):
    return float(f"{x:.{n}g}")
print([sig(v, 3) for v in [123456, 0.00012345, 9.999, -0.5555]])
