# === integer literal forms ===
print(0b1010, 0B11, 0o17, 0O7, 0xff, 0XAB, 1_000_000, 0x_FF_FF, 0b_1_0)
print(0, 00, 0_0, -0, +7)

# === float literal forms ===
print(1., .5, 1e3, 1E-3, 1.5e+2, 1_0.0_1, 0e0, 1e308, 1e-320)
print(3.14_15, 1_0e1_0, .0, 00.5, 0_1.5)

# === very large and tiny ===
print(1e309, -1e309, 10 ** 25, 123456789012345678901234567890)
print(2.5e-324, 5e-324, 1.7976931348623157e308)

# === attribute access on literals ===
print(1 .bit_length(), (255).to_bytes(2, "big"), 1.5.is_integer(), 0x10.real)
print(3.0.as_integer_ratio(), (10).real + 5, 2.5.hex())

# === numeric literal types ===
for lit in (1, 1.0, True, 0x1, 1e0):
    print(repr(lit), type(lit).__name__)
