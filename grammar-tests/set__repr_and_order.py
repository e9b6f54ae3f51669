# === repr of small sets ===
print(set(), {1}, frozenset(), frozenset({2}), {(1, 2)}, {None}, {"only"}, {frozenset()})

# === int sets iterate in hash order (small ints sort) ===
print({3, 1, 2}, {5, 4, 3, 2, 1, 0}, list({10, 1, 5}), sorted({-1, -5, 3}))

# === comprehension and conversion ===
words = "the cat and the hat and the bat".split()
unique = {w for w in words}
print(len(unique), sorted(unique), sorted({len(w) for w in words}), sorted(set(words) - {"the", "and"}))
print(sorted({x % 3 for x in range(10)}), [x for x in sorted({y * y for y in range(-3, 4)})])

# === sets of tuples for graph edges ===
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
undirected = {tuple(sorted(e)) for e in edges}
print(sorted(edges), sorted(undirected), len(undirected))
