# === truthiness drives control flow ===
def describe(v):
    return "truthy" if v else "falsy"
for v in [0, 0.0, -0.0, 1, "", " ", [], [[]], {}, {0: 0}, set(), None, range(0), b"", "False", 0 == 0.0]:
    print(repr(v), describe(v))

# === any/all on mixed values ===
print(any([0, "", None]), any([0, "x"]), all(["a", 1, [0]]), all([[], 1]))

# === boolean results of comparisons are bools ===
r = 3 > 2
print(r, type(r).__name__, r + r, [r] * 2, 1 < 2 == True, (1 < 2) == True, not not [])

# === booleans as indexes ===
options = ["no", "yes"]
print(options[True], options[False], options[3 > 5], ("odd", "even")[10 % 2 == 0])
