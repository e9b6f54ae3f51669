# === multiplication table with nested for ===
for i in range(1, 5):
    row = ""
    for j in range(1, 5):
        row += f"{i * j:4}"
    print(row)

# === breaking out of nested loops with a flag ===
target = 42
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print("factors of", target, found)

# === breaking out with a function return ===
def find_pair(nums, total):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == total:
                return a, b
    return None

print(find_pair([3, 9, 5, 7, 1], 12), find_pair([1, 2], 99))

# === continue in inner loop only ===
for i in range(3):
    out = []
    for j in range(5):
        if j == i:
            continue
        out.append(j)
    print(i, out)

# === while inside for ===
for n in [6, 7, 12]:
    steps = 0
    m = n
    while m != 1:
        m = m // 2 if m % 2 == 0 else 3 * m + 1
        steps += 1
    print(n, "reaches 1 in", steps)

# === triangle patterns ===
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
for i in range(3, 0, -1):
    print("".join(str(k) for k in range(1, i + 1)))

# === pythagorean triples ===
triples = []
for c in range(1, 30):
    for b in range(1, c):
        for a in range(1, b):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)

# === labelled loop emulation with for/else ===
matrix = [[1, 3, 5], [7, 8, 9], [11, 13, 15]]
for r, row in enumerate(matrix):
    for v in row:
        if v % 2 == 0:
            print("first even", v, "in row", r)
            break
    else:
        continue
    break
else:
    print("no even numbers")
