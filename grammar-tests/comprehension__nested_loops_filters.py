# === multiple for clauses run left to right ===
print([(x, y) for x in range(3) for y in "ab"])
print([x * y for x in range(1, 4) for y in range(x, 4)])

# === filters between for clauses ===
print([(x, y) for x in range(5) if x % 2 for y in range(x) if y > 1])
print([c for word in ["hi", "there", "you"] if len(word) > 2 for c in word if c not in "aeiou"])

# === nested comprehension building a matrix ===
n = 4
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
for row in identity:
    print(row)
transposed = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transposed)

# === flattening and pairing ===
nested = [[1, 2], [], [3], [4, 5, 6]]
print([x for sub in nested for x in sub])
print([(i, x) for i, sub in enumerate(nested) for x in sub])

# === pythagorean triples ===
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])
