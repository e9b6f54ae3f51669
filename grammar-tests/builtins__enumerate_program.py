# === line numbers in a report ===
lines = """alpha
beta

gamma""".splitlines()
for n, line in enumerate(lines, start=1):
    print(f"{n:>3}: {line or '<blank>'}")

# === index of max and positions of matches ===
scores = [70, 95, 88, 95, 60]
best_i, best = max(enumerate(scores), key=lambda p: p[1])
print(best_i, best, [i for i, s in enumerate(scores) if s == best], dict(enumerate("abc", 10)))

# === enumerate with unpacking of nested items ===
pairs = [("x", 1), ("y", 2)]
for i, (name, value) in enumerate(pairs):
    print(i, name, value)
print(list(enumerate(enumerate("ab"))), list(enumerate(zip("ab", "cd"), 1)))
