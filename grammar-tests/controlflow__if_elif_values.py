# === classify values through a long elif chain ===
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        return "int"
    elif isinstance(v, float):
        return "float"
    elif isinstance(v, str) and not v:
        return "empty str"
    elif isinstance(v, str):
        return "str"
    elif isinstance(v, (list, tuple)):
        return f"sequence of {len(v)}"
    else:
        return type(v).__name__

for v in [None, True, -3, 7, 2.5, "", "hi", [1], (1, 2), {}, {1}]:
    print(repr(v), "->", classify(v))

# === truthiness of conditions ===
for cond in [0, 0.0, "", [], {}, set(), None, "0", [0], -1, 0.1]:
    if cond:
        print(repr(cond), "truthy")
    else:
        print(repr(cond), "falsy")

# === nested if inside expressions in loops ===
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

print(" ".join(fizzbuzz(20)))

# === pass in empty branches ===
x = 5
if x > 3:
    pass
else:
    print("unreachable")
print("after pass")
