# === int() parsing edge cases ===
for args in [("  0b11  ", 0), ("-0x_f", 16), ("١٢٣",), ("０７",), ("+0", 0), ("000", 0), ("0_0", 0), ("z", 36), ("Z", 36), ("1" * 50,), (" \t\n42\n ",)]:
    print(args, int(*args))
for args in [("0o", 8), ("012", 0), ("0x", 0), ("1.0",), ("1e3",), ("--1",), ("+-1",), ("0b", 2), ("٣.",)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)

# === round trips through other bases ===
for n in [0, 1, -1, 255, 2**40 + 3, -(2**70)]:
    assert int(hex(n), 16) == n and int(oct(n), 8) == n and int(bin(n), 2) == n and int(str(n)) == n
    print(n, hex(n), oct(n), bin(n)[:20])
