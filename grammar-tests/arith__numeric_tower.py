# === type of results ===
combos = [(1, 2), (1, 2.0), (True, 2), (True, False), (2.0, True)]
for a, b in combos:
    print(repr(a), repr(b), [type(r).__name__ for r in (a + b, a * b, a / b, a // b, a ** b)])

# === int() and float() on numeric strings ===
for s in ["42", "-17", "  8  ", "0x1F", "1_000", "3.5", "1e3", "-inf", "nan"]:
    try:
        print(repr(s), "int:", int(s))
    except ValueError as e:
        print(repr(s), "int error:", e)
    try:
        print(repr(s), "float:", float(s))
    except ValueError as e:
        print(repr(s), "float error:", e)

# === int with bases ===
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("-1010", 2))

# === is_integer, as_integer_ratio ===
print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (5).bit_length())
print((-1).bit_length(), (255).bit_length(), (2 ** 100).bit_length())

# === abs and comparisons across types ===
print(abs(-3), abs(-3.5), abs(True), max(1, 2.5, True), min(-1, -1.0), min(-1.0, -1))
