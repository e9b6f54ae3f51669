# === while/else ===
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found after", i, "steps")

search([4, 8, 15], 8)
search([4, 8, 15], 16)
search([], 1)

# === while True with break at several points ===
def parse_commands(cmds):
    out = []
    i = 0
    while True:
        if i >= len(cmds):
            out.append("eof")
            break
        cmd = cmds[i]
        i += 1
        if cmd == "skip":
            i += 1
            continue
        if cmd == "quit":
            out.append("quit")
            break
        out.append(cmd.upper())
    return out

print(parse_commands(["a", "skip", "b", "c", "quit", "d"]))
print(parse_commands(["x", "skip"]))

# === condition with side effects ===
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()) != 2:
    total += top
print(total, stack)

# === while with else not run on break inside nested try ===
n = 0
while n < 10:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("finally", n)
else:
    print("no break")
print("n =", n)
