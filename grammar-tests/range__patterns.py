# === counting loops ===
print([i for i in range(10, 0, -3)], sum(range(1, 11)), list(range(0, 1)), [i * i for i in range(5) if i % 2])
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()

# === indexes of a sequence ===
names = ["ann", "bob", "cy"]
for i in range(len(names) - 1, -1, -1):
    print(i, names[i])
print([names[i] + names[i + 1] for i in range(len(names) - 1)])

# === chunked ranges ===
n, size = 10, 4
print([list(range(start, min(start + size, n))) for start in range(0, n, size)])
print([range(start, min(start + size, n)) for start in range(0, n, size)])

# === range objects as values ===
r = range(2, 20, 3)
print(r, list(r), r[1:4], r[::2], r[::-1], list(r[-2:]), len(r[5:100]), r.count(5), r.index(17), 18 in r, tuple(r[:2]))
print(list(map(str, range(3))), dict.fromkeys(range(3), 0), set(range(3)) == {0, 1, 2}, list(zip(range(3), range(10, 13))))
print(range(5) == range(0, 5), range(0, 5, 2) == range(0, 6, 2), list(range(-5, -1)), max(range(7)), min(range(3, 9, 2)))
