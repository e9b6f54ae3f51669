# === counting words ===
text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: kv[1], reverse=True))

# === grouping ===
people = [("ann", "eng"), ("bob", "ops"), ("cy", "eng"), ("dee", "hr"), ("eve", "ops")]
by_team = {}
for name, team in people:
    by_team.setdefault(team, []).append(name)
print(by_team, {t: len(v) for t, v in by_team.items()})

# === inverting and merging ===
codes = {"a": 1, "b": 2, "c": 1}
inverted = {}
for k, v in codes.items():
    inverted.setdefault(v, []).append(k)
print(inverted, {v: k for k, v in codes.items()})
totals = {}
for part in [{"x": 1, "y": 2}, {"y": 3, "z": 4}, {"x": 10}]:
    for k, v in part.items():
        totals[k] = totals.get(k, 0) + v
print(totals)

# === nested dict counting ===
matrix = {}
for a, b in [("r", "c1"), ("r", "c2"), ("s", "c1"), ("r", "c1")]:
    matrix.setdefault(a, {}).setdefault(b, 0)
    matrix[a][b] += 1
print(matrix)
