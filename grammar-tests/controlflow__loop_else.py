# === for/else: else runs when loop wasn't broken ===
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"found {target!r} at {i}")
            break
    else:
        print(f"{target!r} not found")

find(["a", "b", "c"], "b")
find(["a", "b", "c"], "z")
find([], "a")

# === while/else ===
def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return f"{n} is prime"
    return f"{n} divisible by {d}"

for n in (2, 15, 17, 49, 97):
    print(first_divisor(n))

# === else also runs when the loop body never executes ===
count = 0
while count > 0:
    count -= 1
else:
    print("while-else with false condition")
for _ in range(0):
    pass
else:
    print("for-else with empty range")

# === continue does not prevent else ===
for i in range(3):
    if i == 1:
        continue
    print("iteration", i)
else:
    print("finished without break")

# === nested loops with else and break ===
for i in range(2, 20):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        print(i, end=" ")
print()

# === search in grid ===
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 99:
            break
    else:
        continue
    break
print("found 99 at", (r, c))
