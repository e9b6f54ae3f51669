# === for/else used for searching ===
def find_divisor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")

for n in [2, 15, 17, 49, 97, 100]:
    find_divisor(n)

# === else runs on empty iterables ===
for x in []:
    print("never")
else:
    print("empty loop else")

# === continue does not skip else ===
count = 0
for i in range(5):
    if i % 2:
        continue
    count += 1
else:
    print("else after continue, count =", count)

# === nested loops with else on the inner loop only ===
pairs = []
for a in range(2, 6):
    for b in range(2, 6):
        if a * b == 12:
            pairs.append((a, b))
            break
    else:
        pairs.append((a, None))
print(pairs)

# === return inside for skips else ===
def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    else:
        return -1

print(first_negative([3, 1, -2, 5]), first_negative([1, 2]), first_negative([]))
