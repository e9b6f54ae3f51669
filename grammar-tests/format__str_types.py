# === strings: width, precision, alignment ===
s = "hello"
print(repr(format(s, "")), repr(format(s, "s")), repr(format(s, "10")), repr(format(s, ">10")), repr(format(s, "^10")), repr(format(s, ".2")), repr(format(s, "10.3")), repr(format(s, "*<8.4s")))
print(repr(format("日本語", "^7")), repr(format("é", ">3")), repr(format("", "*^3")), repr(format("abc", ".0")))

# === truncating long cells ===
cells = ["short", "a much longer value", "mid-size"]
for c in cells:
    print(f"[{c:<10.10}]", f"[{c:>10.5}]")

# === None, bool, containers use str() with empty spec ===
print(format(None), format(True), format([1, 2]), format((1,)), format({"a": 1}), f"{None!s:>6}", f"{[1]!r:>6}")

# === errors ===
for value, spec in [("abc", "d"), ("abc", "+"), ("abc", ","), ("abc", "#"), (None, "5"), ([1], "10"), (True, "s")]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
