# === literals and int() with underscores ===
print(1_000_000, 0x_ff, 0b_1010, 0o_17, 1_0.5_0, int("1_000"), int("0x_1f", 0), int("ff_ff", 16), int(" -1_2 "))
for bad in ["1__0", "_1", "1_", "0x__1", "1 000", "1_000_", "0_x1"]:
    try:
        print(int(bad, 0) if bad.startswith("0") else int(bad))
    except ValueError as e:
        print(type(e).__name__, e)

# === str() never adds underscores, format does ===
n = 1234567890
print(str(n), f"{n:_}", f"{n:,}", f"{n:_x}", f"{n:_b}"[:12], int(f"{n:_}".replace("_", "")) == n)
