# === if-else in the expression vs if filter ===
nums = range(-3, 4)
print([n if n >= 0 else 0 for n in nums])
print([n for n in nums if n >= 0])
print([("neg" if n < 0 else "zero" if n == 0 else "pos") for n in nums])

# === nested comprehension with filter on the outer variable ===
print([[c for c in range(r) if c % 2 == 0] for r in range(6) if r % 2])

# === comprehension producing tuples, unpacked in another comprehension ===
pairs = [(x, x * x) for x in range(5)]
print([b - a for a, b in pairs if b > a])

# === dict of lists built with nested comprehension ===
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_initial = {ch: [w for w in words if w[0] == ch] for ch in sorted({w[0] for w in words})}
print(by_initial)

# === set comprehension removing duplicates after transformation ===
print(sorted({w[:2] for w in words}), sorted({len(w) % 3 for w in words}))

# === comprehension with function calls and method chains ===
lines = ["  Alpha = 1 ", "beta=2", "  # comment", "", "GAMMA =3"]
config = {k.strip().lower(): int(v) for k, v in (l.split("=") for l in lines if "=" in l)}
print(config)
