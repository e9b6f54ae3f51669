calls = []
def check(n):
    calls.append(n)
    return n % 5 == 0

# === any stops at first True ===
print(any(check(n) for n in range(1, 100)), calls)
calls.clear()

# === all stops at first False ===
print(all(not check(n) for n in [1, 2, 3, 10, 11, 12]), calls)
calls.clear()

# === next stops at first match ===
print(next(n for n in range(1, 100) if check(n * 3)), calls)
calls.clear()

# === in operator on a generator stops early too ===
gen = (check(n) and n for n in range(1, 20))
print(10 in gen, calls)
print(next(gen), calls[-1])
calls.clear()

# === zip stops at shortest and consumes one extra from earlier iterables ===
def numbered(label, n):
    for i in range(n):
        calls.append(f"{label}{i}")
        yield i

print(list(zip(numbered("a", 5), numbered("b", 2))), calls)
calls.clear()

# === min/max must consume everything ===
print(max(check(n) or n for n in range(3)), calls)
calls.clear()

# === short-circuit with a list comprehension does NOT happen ===
print(any([check(n) for n in range(1, 8)]), calls)
calls.clear()

# === infinite generator with short-circuit is safe ===
def forever():
    n = 0
    while True:
        n += 1
        yield n

print(any(n > 1000 for n in forever()), next(n for n in forever() if n * n > 50))
