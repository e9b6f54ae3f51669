# === range(len()) vs enumerate ===
letters = ["a", "b", "c", "d"]
print([i for i in range(len(letters))], [(i, letters[i]) for i in range(0, len(letters), 2)], list(enumerate(letters))[::2])

# === pairs of indices ===
pairs = [(i, j) for i in range(4) for j in range(i + 1, 4)]
print(len(pairs), pairs)

# === countdown and stepping ===
print(list(range(10, -1, -2)), list(range(-10, 10, 7)), list(range(3, 3)), list(range(1, 2, 5)))

# === multiplication table ===
for i in range(1, 5):
    print(" ".join(f"{i * j:3d}" for j in range(1, 8)))
