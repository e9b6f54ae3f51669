# === reading chunks until empty ===
data = "abcdefghij"
pos = 0
def read(n):
    global pos
    chunk = data[pos:pos + n]
    pos += n
    return chunk

parts = []
while (block := read(3)):
    parts.append(block)
print(parts)

# === avoid double computation in filter ===
def expensive(x):
    return x * x - 10

print([(x, y) for x in range(6) if (y := expensive(x)) > 0])

# === regex-free parsing with walrus ===
lines = ["key=value", "novalue", "a=1", "=empty", "x=y=z"]
for line in lines:
    if (i := line.find("=")) > 0:
        print(repr(line[:i]), "->", repr(line[i + 1:]))
    else:
        print("skip", repr(line))

# === walrus in while with counter ===
n = 27
steps = 0
while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
    steps += 1
print("steps", steps + 1, "n", n)

# === walrus in elif chains ===
def classify(s):
    if (n := len(s)) == 0:
        return "empty"
    elif (first := s[0]).isdigit():
        return f"starts with digit {first} (len {n})"
    else:
        return f"{first!r} x{n}"

print([classify(s) for s in ["", "9lives", "abc"]])

# === walrus inside function argument and f-string ===
print(f"{(half := 21) * 2} is double {half}")
values = [3, 8, 1]
print(max(values), (m := min(values)), m * 10)

# === walrus scope in a function's comprehension ===
def running_max(xs):
    best = float("-inf")
    return [best := max(best, x) for x in xs], best

print(running_max([3, 1, 4, 1, 5, 9, 2, 6]))
