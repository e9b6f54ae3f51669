# === and/or return operands, not bools ===
values = [0, 1, "", "a", [], [0], None, 0.0, -1]
for a in values[:5]:
    row = []
    for b in values[4:]:
        row.append((a and b, a or b))
    print(repr(a), row)

# === defaults via or ===
def greet(name=None, greeting=""):
    return f"{greeting or 'Hello'}, {name or 'stranger'}!"

print(greet(), greet("Ann"), greet("Bo", "Hi"), greet("", ""))

# === any/all mirror or/and ===
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -2, 3]))

# === boolean arithmetic in counting ===
words = ["apple", "Bob", "cat", "Dog", "egg"]
print(sum(w[0].isupper() for w in words), sum(len(w) > 3 for w in words))

# === xor-like with != on bools ===
for a in (True, False):
    for b in (True, False):
        print(a, b, a != b, bool(a) ^ bool(b), (a or b) and not (a and b))
