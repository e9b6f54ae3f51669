lines = [
    "2024-01-03 INFO start",
    "2024-01-03 WARN disk 91%",
    "",
    "# comment",
    "2024-01-04 ERROR failed to connect",
    "2024-01-04 INFO retry",
    "2024-01-05 ERROR timeout",
]

# === chained generator expressions ===
stripped = (l.strip() for l in lines)
content = (l for l in stripped if l and not l.startswith("#"))
parsed = (l.split(" ", 2) for l in content)
errors = ((date, msg) for date, level, msg in parsed if level == "ERROR")
print(list(errors))

# === counting with sum over a generator ===
levels = [l.split()[1] for l in lines if l and not l.startswith("#")]
print({lvl: sum(1 for x in levels if x == lvl) for lvl in sorted(set(levels))})

# === numeric pipeline ===
squares = (n * n for n in range(1, 11))
odd_squares = (s for s in squares if s % 2)
print(sum(odd_squares))

# === generator feeding zip and enumerate ===
names = (n.title() for n in ["ann", "bob", "cy"])
scores = (s * 10 for s in [9, 7, 8])
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(i, n, s)
