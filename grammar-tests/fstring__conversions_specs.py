class Thing:
    def __str__(self):
        return "str-of-thing"
    def __repr__(self):
        return "Thing()"
    def __format__(self, spec):
        return f"format-of-thing[{spec}]"

t = Thing()

# === !s !r !a conversions ===
print(f"{t}", f"{t!s}", f"{t!r}", f"{t:xyz}", f"{t!s:>15}", f"{t!r:<10}|")
print(f"{'café'!a}", f"{'naïve'!r}", f"{'é'!a:>10}")

# === numeric specs ===
n = 1234567.891
print(f"{n:,.2f}", f"{n:_.1f}", f"{n:e}", f"{n:.3g}", f"{n:12.1f}|", f"{n:<12.0f}|")
i = 255
print(f"{i:b}", f"{i:o}", f"{i:x}", f"{i:X}", f"{i:#x}", f"{i:#b}", f"{i:08b}", f"{i:+d}", f"{-i: d}")
print(f"{0.25:%}", f"{0.25:.0%}", f"{1/3:.4}", f"{2:.3f}", f"{-0.0:+.1f}")

# === fill and alignment ===
s = "mid"
print(f"[{s:^9}]", f"[{s:-<9}]", f"[{s:*>9}]", f"[{s:.2}]", f"[{s:>{7}}]")
print(f"[{42:^9}]", f"[{42:0>5}]", f"[{-42:=8}]", f"[{-42:08}]", f"[{True:>6}]")

# === nested replacement fields in specs ===
width, prec = 10, 3
for v in (3.14159, 2.71828):
    print(f"|{v:{width}.{prec}f}|{v:<{width - 2}.{prec - 1}}|")
fill, align = "#", "^"
print(f"{'x':{fill}{align}{width}}")
