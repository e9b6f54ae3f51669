# === accepted spellings ===
for s in ["1", "-1.5", "+2.", ".5", "1e5", "1E+5", "1e-5", "  3.25\t\n", "1_000.000_1", "inf", "+Infinity", "-inf", "nan", "-NaN", "iNfInItY", "0.0000001", "1" + "0" * 30, "１２.５", "٣.١٤"]:
    print(repr(s), repr(float(s)))

# === rejected spellings ===
for s in ["", " ", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x1p3", "1,5", "infinit", "nan1", "--1", "1 2", "1.5f"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)

# === parsing a data file ===
lines = ["temp: 21.5", "temp: n/a", "temp: -3", "temp:  1e1 "]
values = []
for line in lines:
    raw = line.split(":", 1)[1]
    try:
        values.append(float(raw))
    except ValueError:
        values.append(None)
print(values, sum(v for v in values if v is not None))
