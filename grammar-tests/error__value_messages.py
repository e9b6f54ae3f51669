def attempt(fn):
    try:
        print(fn())
    except ValueError as e:
        print("ValueError:", e)

# === conversions ===
attempt(lambda: int("3.5"))
attempt(lambda: int(""))
attempt(lambda: int("12a", 16))
attempt(lambda: int("9", 8))
attempt(lambda: float("one"))
attempt(lambda: float(""))
attempt(lambda: int("1", 1))

# === sequence methods ===
attempt(lambda: [1, 2].index(3))
attempt(lambda: (1, 2).index(3))
attempt(lambda: "abc".index("z"))
attempt(lambda: [1].remove(2))
attempt(lambda: "a,b".split(""))
attempt(lambda: "x".center(5, "ab"))

# === unpacking ===
def unpack(n):
    a, b = range(n)
    return a, b
attempt(lambda: unpack(3))
attempt(lambda: unpack(1))

# === math-ish ===
attempt(lambda: range(1, 5, 0))
attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: max([]))
attempt(lambda: min([], key=len))
