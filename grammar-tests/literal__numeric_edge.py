# === numeric literal forms ===
print(0, 00, 0_0, 1_2_3, 0x0, 0o0, 0b0)
print(1., .5, 1.e2, 1e-2, 1E+3, 1_000.000_1, 0e0)
print(0xDEAD_BEEF, 0o7_7_7, 0b_1010_1010)
print(10 ** 0, 10e0, 1e0 == 1, 2e-1 + 0.8)

# === negative literals are unary minus applied ===
print(-1, - 1, --1, -(-1), +-+1, -0, -0.0)
print(-2 ** 2, (-2) ** 2, 2 ** -2, -2 ** -2)

# === large and small values ===
print(1_000_000_000_000_000_000_000)
print(0.000_001, 1_0e1_0)
print(0xFFFF_FFFF_FFFF_FFFF + 1, -0x8000_0000_0000_0000)

# === booleans are ints ===
print(True + 0, False * 5, True == 1, True + True + True)

# === string to number and back ===
for text in ["0", "-0", "007", "1_000", "+42", " 3 "]:
    print(repr(text), int(text))
for text in ["0.0", "-0.0", ".5", "5.", "1e3", "1_0.5", "  -2.5e-3  "]:
    print(repr(text), float(text))
