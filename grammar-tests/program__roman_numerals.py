VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

# === int to roman ===
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

# === roman to int ===
def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in SYMBOLS:
            raise ValueError(f"invalid numeral character {ch!r}")
        v = SYMBOLS[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")

# === round trip for every value ===
assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip ok for 1..3999")
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("longest:", longest, to_roman(longest), len(to_roman(longest)))

# === errors ===
for bad in (0, 4000, -7):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    from_roman("MCMZ")
except ValueError as e:
    print("ValueError:", e)
print(from_roman("mmxxiv"))
