# === rounding for display vs storage ===
amounts = [0.125, 0.135, 2.675, 1.005, 10.0 / 3, 0.5, 1.5, 2.5, -0.5, 1e-9]
for a in amounts:
    print(f"{a!r:>22} round2={round(a, 2)!r:>6} fmt2={a:.2f} round0={round(a)}")

# === integer cents avoid surprises ===
def to_cents(text):
    whole, _, frac = text.partition(".")
    frac = (frac + "00")[:2]
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole or "0")) * 100 + int(frac))
for t in ["12.5", "0.05", "-3.10", "7", ".99"]:
    c = to_cents(t)
    print(t, c, f"{c / 100:.2f}", divmod(abs(c), 100))

# === round() on ints with negative ndigits ===
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1250, -2), round(150, -2), round(250, -2), round(10**20 + 50, -2))
