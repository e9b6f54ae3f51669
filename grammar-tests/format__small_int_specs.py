# Decimal format specs on small ints (a fast path) against the general ones.
values = [0, 7, -7, 1234567, -1234567, 2**63 - 1, -(2**63), 2**63, True, False]
specs = ["", "d", "5d", "<6", ">6", "^7", "=+8", "+", "-", " ", ",", "_", "08,", "010_d",
         "*^12,d", "x", "#o", "n", ".2f", "e", "%", "c"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError, TypeError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(v, row)
n = 42
print(f"{n:>4} | {n:<10} | {n:3d} | {n:>12,} | {n!r:>5} | {n:{'>'}{6}}")
for bad in [".3d", "z", ",x", "=s", "_c"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print("ValueError:", e)
