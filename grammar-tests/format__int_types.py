# === presentation types for ints ===
for n in [0, 7, 42, 255, -255, 65535, 10**12]:
    print(f"{n:d}|{n:b}|{n:o}|{n:x}|{n:X}|{n:#b}|{n:#o}|{n:#x}|{n:#X}|{n:n}")
print(f"{65:c}", f"{0x1F600:c}", f"{42:e}", f"{42:.2f}", f"{42:%}", f"{42:g}", f"{10**20:g}", f"{42:.3E}", f"{True:x}")

# === errors ===
for spec in ["s", ".2d", ".1x", "+c", ",c", "#c", "q"]:
    try:
        print(format(65, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
