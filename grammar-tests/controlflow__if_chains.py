# === if/elif/else ===
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

print([grade(s) for s in (95, 90, 85, 72, 60, 59, 0)])

# === nested ifs ===
def classify(n):
    if n > 0:
        if n % 2 == 0:
            kind = "positive even"
        else:
            kind = "positive odd"
    elif n < 0:
        kind = "negative"
    else:
        kind = "zero"
    return kind

print([classify(n) for n in (4, 3, -1, 0)])

# === truthy conditions ===
for value in ([], [0], "", "0", 0, 0.0, None, {}, {"k": 0}):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")

# === pass and empty bodies ===
def todo():
    pass

class Empty:
    pass

if True:
    pass
print(todo(), type(Empty()).__name__)

# === while with complex condition ===
a, b = 0, 10
steps = 0
while a < b and steps < 100:
    a += 3
    b -= 1
    steps += 1
print(a, b, steps)

# === range variants ===
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r = range(0, 20, 4)
print(r, len(r), r[2], r[-1], 8 in r, 9 in r, list(reversed(r)))
print(range(3) == range(0, 3), list(range(-3, 3)))
