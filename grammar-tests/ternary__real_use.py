# === pluralization ===
def plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"
print([plural(n, "file") for n in (0, 1, 2)])

# === clamping and formatting ===
def bar(value, width=10):
    value = 0 if value < 0 else 1 if value > 1 else value
    filled = round(value * width)
    return "[" + "#" * filled + "." * (width - filled) + "]"
for v in (-0.5, 0, 0.25, 0.5, 0.99, 1.5):
    print(f"{v:>5} {bar(v)}")

# === grade table ===
scores = {"ann": 93, "bob": 71, "cy": 58, "dee": 85}
for name, s in scores.items():
    grade = "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
    print(f"{name:<4}{s:>4} {grade}")

# === sorting key with ternary ===
tasks = [("write", 2), ("urgent fix", 0), ("review", 1), ("blocked", None)]
print(sorted(tasks, key=lambda t: (t[1] is None, t[1] if t[1] is not None else 0)))
