# === width alignment fill ===
for s in ["a", "abc", "abcdef"]:
    print(f"[{s:5}] [{s:<5}] [{s:>5}] [{s:^5}] [{s:*^7}] [{s:.2}]")
for n in [7, -42, 1234]:
    print(f"[{n:5}] [{n:<5}] [{n:^6}] [{n:05}] [{n:+}] [{n: }] [{n:=+7}]")

# === integer presentation types ===
n = 255
print(f"{n:d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:c}")
print(f"{n:08b} {n:#010x} {-n:x} {65:c}")

# === grouping ===
big = 1234567890
print(f"{big:,} {big:_} {big:_x} {-big:,} {big:>15,} {1234.5:,.2f}")

# === nested specs ===
w, p = 12, 3
val = 3.14159265
print(f"[{val:{w}.{p}f}]")
print(f"[{val:{w}}]")
print(f"[{'txt':{'>'}{w}}]")
for prec in range(4):
    print(f"{val:.{prec}f}")
fill, align = "-", "^"
print(f"[{'mid':{fill}{align}{w}}]")

# === table ===
rows = [("apples", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
print(f"{'item':<12}{'qty':>5}{'price':>8}{'total':>9}")
for item, qty, price in rows:
    print(f"{item:<12}{qty:>5}{price:>8.2f}{qty * price:>9.2f}")
print(f"{'':-<34}")
print(f"{'sum':<12}{sum(r[1] for r in rows):>5}{'':>8}{sum(r[1] * r[2] for r in rows):>9.2f}")

# === bools and None ===
print(f"{True} {False:>6} {None} {True:d} {str(None):>5}")
