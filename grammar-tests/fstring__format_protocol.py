# === format() builtin and str.format share the same specs ===
values = [3.14159, 42, "text", True, None, [1, 2]]
for v in values:
    print(repr(format(v, "")), repr(f"{v}"), repr("{}".format(v)))

# === str.format positional, keyword, index and attribute fields ===
class P:
    x, y = 1, 2
print("{0}-{1}-{0}".format("a", "b"), "{x}/{y}".format(x=1, y=2), "{0[1]} {1.x}".format([9, 8], P()))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), "{!r:>6}".format("q"))
print("{0:{1}.{2}f}".format(3.14159, 10, 2))

# === errors from invalid specs ===
for spec in ("d", "x", ".2f", ",", "=^5"):
    for v in ("text", 3.5, 7):
        try:
            r = format(v, spec)
            print(f"format({v!r}, {spec!r}) = {r!r}")
        except ValueError as e:
            print(f"format({v!r}, {spec!r}) ValueError: {e}")
