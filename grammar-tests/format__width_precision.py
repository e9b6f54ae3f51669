# === a matrix of width x precision for floats ===
x = 3.14159
for width in [0, 5, 10]:
    print(" ".join(f"[{x:{width}.{p}f}]" if width else f"[{x:.{p}f}]" for p in [0, 1, 3, 6]))

# === precision on strings truncates, on ints is an error ===
print(f"[{'abcdefgh':.3}] [{'abcdefgh':8.3}] [{'abc':.10}] [{'':.2}]")
try:
    f"{42:.2}"
except ValueError as e:
    print(type(e).__name__, e)

# === big widths ===
print(len(f"{1:100}"), len(f"{'x':^51}"), f"{1.5:020.3f}", f"{-1.5:+020.3e}")
