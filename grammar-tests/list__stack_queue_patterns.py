# === stack with append/pop ===
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for s in ["(a[b]{c})", "([)]", "((", "", "}{", "{[()()]}"]:
    print(repr(s), balanced(s))

# === queue with pop(0) and insert ===
queue = ["a", "b"]
queue.append("c")
served = [queue.pop(0), queue.pop(0)]
queue.insert(0, "vip")
print(served, queue)

# === evaluating reverse polish notation ===
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(int(tok))
    return stack.pop()

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("10 4 /"))

# === sliding window maximum (simple) ===
def window_max(xs, k):
    return [max(xs[i:i + k]) for i in range(len(xs) - k + 1)]

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# === rotating a list ===
def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]

print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([], 3), rotate([1], 100))

# === list as a 2D grid: flood fill ===
grid = [list(row) for row in ["..#..", ".##..", "#...#", "....."]]
def fill(r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)

print(fill(3, 0))
print("\n".join("".join(row) for row in grid))

# === chunked processing with pop from end ===
tasks = list(range(1, 11))
batches = []
while tasks:
    batch = []
    while tasks and len(batch) < 4:
        batch.append(tasks.pop())
    batches.append(batch)
print(batches)
