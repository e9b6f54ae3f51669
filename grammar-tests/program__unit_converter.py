UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0},
}

class ConversionError(Exception):
    pass

def dimension_of(unit):
    for dim, table in UNITS.items():
        if unit in table:
            return dim
    raise ConversionError(f"unknown unit {unit!r}")

def convert(value, src, dst):
    d1, d2 = dimension_of(src), dimension_of(dst)
    if d1 != d2:
        raise ConversionError(f"cannot convert {d1} ({src}) to {d2} ({dst})")
    return value * UNITS[d1][src] / UNITS[d2][dst]

def parse(query):
    parts = query.split()
    if len(parts) != 4 or parts[2] != "to":
        raise ConversionError(f"expected '<value> <unit> to <unit>', got {query!r}")
    try:
        value = float(parts[0])
    except ValueError:
        raise ConversionError(f"bad number {parts[0]!r}") from None
    return value, parts[1], parts[3]

queries = ["5 km to mi", "12 in to cm", "3.5 lb to g", "90 min to h", "1 day to s",
           "10 kg to m", "3 parsec to km", "abc m to ft", "1 m in ft"]
for q in queries:
    try:
        value, src, dst = parse(q)
        result = convert(value, src, dst)
        print(f"{q:<16} = {result:.6g} {dst}")
    except ConversionError as e:
        print(f"{q:<16} ! {e}")

# === round trips stay close ===
for dim, table in UNITS.items():
    worst = max(abs(convert(convert(1.0, u, v), v, u) - 1.0) for u in table for v in table)
    print(dim, worst < 1e-12)
