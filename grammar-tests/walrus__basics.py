# === walrus in if ===
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} items)")
print(n)

# === walrus in while loop ===
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
print("top is", top)

chunks = ["ab", "cd", "", "ef"]
i = 0
while chunk := chunks[i]:
    print("chunk", chunk)
    i += 1

# === walrus in comprehension binds in enclosing scope ===
values = [1, 5, 9, 12]
doubled = [y for x in values if (y := x * 2) > 5]
print(doubled, y)
print(any((hit := v) > 8 for v in values), hit)

def last_big(xs):
    found = [w for w in xs if (last := w) > 0]
    return found, last

print(last_big([-1, 2, -3]))

# === walrus reusing a computation ===
def parse(s):
    return int(s) if s.isdigit() else None

raw = ["3", "x", "10", "", "7"]
print([p for s in raw if (p := parse(s)) is not None])
print((a := 3) + (b := 4), a, b)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
