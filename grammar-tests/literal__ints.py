# === decimal and underscores ===
print(0, 7, -42, 1_000_000, 12_345_678_901)
assert 1_0 == 10

# === hex octal binary ===
print(0xff, 0XFF, 0x_dead_beef, 0o17, 0O777, 0b1011, 0B1111_0000)
print(hex(255), oct(8), bin(10), hex(-255), bin(-5), oct(0))

# === big literals ===
big = 123456789012345678901234567890
print(big, -big, big + 1)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(type(big).__name__, type(0x10).__name__)

# === int() conversions ===
print(int("42"), int("-17"), int("  8  "), int("1_000"))
print(int("ff", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0))
print(int(3.99), int(-3.99), int(True), int(False))

# === int() with explicit bases and prefixes ===
for text, base in [("z", 36), ("-101", 2), ("0b101", 0), ("0o17", 8), ("0X1F", 16), (" 12 ", 10), ("1_0", 0)]:
    print(repr(text), base, "->", int(text, base))

# === formatting ints back into bases ===
for n in (0, 5, 255, 4096, -42):
    print(n, bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}", f"{n:#X}")

# === round trips ===
for n in (7, 1234, 2 ** 40, -99):
    assert int(bin(n), 2) == int(oct(n), 8) == int(hex(n), 16) == n
    assert int(str(n)) == n
print("round trips ok")
