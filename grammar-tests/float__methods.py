# === is_integer ===
print([x.is_integer() for x in [1.0, 1.5, -0.0, 1e300, float("inf"), float("nan"), 2**53 + 0.0]])

# === as_integer_ratio ===
print((0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (1e-10).as_integer_ratio()[1] > 0)

# === hex / fromhex ===
for x in [1.0, 0.5, -2.75, 0.1, 1e-320, 1.7976931348623157e308, 0.0, -0.0]:
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x)
print(float.fromhex("0x1.8p1"), float.fromhex("0X1P-2"), float.fromhex("  -0x10  "), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex("-nan"), float.fromhex("1p4"))

# === conjugate / real / imag ===
print((2.5).conjugate(), (2.5).real, (2.5).imag)

# === errors ===
for call in [lambda: float.fromhex("xyz"), lambda: float.fromhex("0x1p99999"), lambda: float.fromhex(1.0), lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio()]:
    try:
        call()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
