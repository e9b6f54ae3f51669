# allow-import: math
# float.hex, math.fsum's special values, and int()/float() parsing of
# Unicode digits and whitespace (found by tests/props.rs).
import math

# === float.hex keeps all 13 hex digits ===
for x in [1.0, -1.0, 1.5, 0.1, 5e-324, 1e300, 0.0, -0.0, float("inf"), float("nan")]:
    print(x.hex())

# === fsum: inf, nan and overflow ===
print(math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), 1.0]), math.fsum([1e308, -1e308, 3.0]))
for xs in [[float("inf"), float("-inf")], [1e308, 1e308, -1e308]]:
    try:
        print(math.fsum(xs))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# === Unicode digits and spaces ===
for t in ["٣٤", "１２", "\u200312\u2003", "٣_٤", "1٣"]:
    print(int(t))
for t in ["١.٥", "\u20031.5\u2003", "１e3", " inf\n"]:
    print(float(t))
for t in ["١.٥x", "٣.٤.٥", "\x1c1.5", "inf\x1c"]:
    try:
        float(t)
    except ValueError as e:
        print(e)
for t in [" \x1c12\x1f", "\x1f12"]:
    try:
        int(t)
    except ValueError as e:
        print(e)

# === int has no is_integer in 3.11 ===
try:
    (5).is_integer()
except AttributeError as e:
    print(e)

# === the 4300-digit limit ===
for n in [10**4299, -10**4299, 10**4300]:
    try:
        print(len(str(n)))
    except ValueError as e:
        print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
