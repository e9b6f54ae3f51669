# === keyword arguments in any order ===
def box(width, height, depth=1, *, unit="cm"):
    return f"{width}x{height}x{depth} {unit}"

print(box(1, 2))
print(box(height=2, width=1))
print(box(1, depth=3, height=2, unit="in"))
print(box(*(1, 2), **{"unit": "mm"}))

# === builtins with keyword arguments ===
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A"], key=str.lower))
print(max([1, 5, 3], default=0), max([], default="empty"), min("bca", key=ord))
print("-".join(map(str, range(3))), int("ff", base=16), round(3.14159, ndigits=2))
print(dict(a=1, b=2), list(enumerate("ab", start=1)), print("x", "y", sep="|", end="!\n"))

# === keyword names that are Python keywords must go through ** ===
def opts(**kw):
    return sorted(kw.items())

print(opts(**{"class": 1, "from": 2}), opts(**{"with space": 3}))

# === keywords accepted by builtins and methods ===
for call in (lambda: "a".split(sep=",", maxsplit=1), lambda: sorted([2, 1], key=None, reverse=True)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
