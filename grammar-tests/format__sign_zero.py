# === sign options ===
for n in [5, -5, 0, 2.5, -2.5, -0.0, float("inf"), float("nan")]:
    print(repr(format(n, "+")), repr(format(n, "-")), repr(format(n, " ")), repr(format(n, "+.1f") if isinstance(n, float) else format(n, "+d")))

# === zero padding ===
print(format(42, "05"), format(-42, "05"), format(42, "+06"), format(3.14159, "08.3f"), format(-3.14159, "09.3f"), format(255, "#010x"), format(255, "08b"), format(-7, "#06b"))
print(format(1234567, "012,"), format(1234.5, "012,.2f"), format(12, "0>5"), format(12, "0<5"), format(float("inf"), "08"), format(float("-nan"), "08.2f"))

# === zero-padded identifiers ===
for i in [1, 22, 333]:
    print(f"ID-{i:05d}", f"{i:03}", f"{-i:04}")

# === errors ===
for value, spec in [("x", "+"), ("x", " "), ("x", "05"), ("x", "#")]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(type(e).__name__, e)
