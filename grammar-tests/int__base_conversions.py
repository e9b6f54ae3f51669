# === int() with bases ===
for text, base in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("z", 36), ("0x1A", 16), ("0o17", 8), ("0b11", 2), ("0x1A", 0), ("10", 0), ("1_0", 0), ("-0b101", 0), ("  +0o7 ", 0)]:
    print(repr(text), base, int(text, base))

# === converting to any base ===
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in [0, 7, 255, -255, 10**12]:
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), f"{255:#010b}", f"{-255:#x}")

# === errors ===
for text, base in [("2", 2), ("8", 8), ("g", 16), ("0x", 16), ("0b2", 0), ("010", 0), ("", 16), ("1", 1), ("1", 37), ("0x10", 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print(type(e).__name__, e)
