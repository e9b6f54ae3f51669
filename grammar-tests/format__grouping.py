# === thousands separators ===
for n in [0, 999, 1000, 1234567, -1234567, 10**15]:
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_b")[-14:], format(n, "_o"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.3f"), format(-0.5, ",.2f"), format(1e9, ",.0f"), format(123456.789, ",e"), format(1234567.0, ",g"), format(12345.6, ",%"))

# === grouping with width and zero-padding ===
print(repr(format(1234, "10,")), repr(format(1234, "010,")), repr(format(-1234, "010,")), repr(format(1234.5, "012,.1f")), repr(format(1234, "^+12,")))

# === money report ===
amounts = {"rent": 1850, "salary": -5200.5, "misc": 12.345}
for k, v in amounts.items():
    print(f"{k:<8}{v:>14,.2f}")
print(f"{sum(amounts.values()):,.2f}")

# === errors ===
for value, spec in [(1, ",_"), (1, "_,"), ("abc", ","), (1, ",c"), (1, ",b"), (1.5, "_x")]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(type(e).__name__, e)
