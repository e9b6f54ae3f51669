# === zfill keeps the sign in front ===
for s in ["5", "-5", "+5", "12345", "-12345", "", "-", "+", "3.14", "-0.5", "abc", "1e5"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(0)), repr(s.zfill(-3)))

# === invoice numbers ===
for n in [1, 42, 999, 1234567]:
    print("INV-" + str(n).zfill(5), f"INV-{n:05d}", "INV-" + str(-n).zfill(6))
