# === str/repr/format of ints ===
for n in [0, 7, -7, 10**18, -(10**25), True]:
    print(str(n), repr(n), f"{n}", "%d" % n, format(n, ""), format(n, "d"), len(str(n)))

# === digit manipulation ===
n = 9876543210
digits = [int(c) for c in str(n)]
print(digits, sum(digits), int("".join(map(str, reversed(digits)))), str(n)[::-1].lstrip("0"), int(str(n)[:3]))

# === padding and grouping via str methods vs format ===
for v in [5, 12345, 1234567]:
    print(str(v).rjust(9, "0"), f"{v:09d}", f"{v:,}", "{:_}".format(v))

# === parse-then-format round trip ===
for text in ["  42 ", "-0", "+17", "0007", "1_000"]:
    v = int(text)
    print(repr(text), v, str(v), int(str(v)) == v)
