# === nested width and precision in f-strings ===
for width in [6, 10]:
    for prec in [1, 3]:
        print(f"[{3.14159:{width}.{prec}f}]", f"[{'abc':>{width}}]", f"[{42:{'0' if prec > 1 else ' '}{width}d}]")
align, fill, w = "^", "*", 9
print(f"{'mid':{fill}{align}{w}}", f"{12:{'+' if True else '-'}}", f"{255:#{'x'}}", "{:{}{}}".format(7, "0", 4), "{0:{1}.{2}f}".format(2.71828, 8, 3))

# === format() with computed spec ===
def fmt_cell(value, width, kind):
    spec = {"int": f">{width},d", "float": f">{width}.2f", "text": f"<{width}"}[kind]
    return format(value, spec)
print("|".join([fmt_cell(1234567, 12, "int"), fmt_cell(3.14159, 8, "float"), fmt_cell("name", 6, "text")]) + "|")

# === errors ===
try:
    print("{:{}}".format(1))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(f"{1:{'x' * 3}}")
except ValueError as e:
    print(type(e).__name__, e)
