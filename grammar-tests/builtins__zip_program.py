# === transposing and pairing ===
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], list(zip(*matrix))[::-1], [sum(col) for col in zip(*matrix)])
keys, values = ["a", "b", "c"], [1, 2, 3]
print(dict(zip(keys, values)), list(zip(keys, values, [True] * 3)), list(zip(*zip(keys, values))))

# === strict zip catches mismatched data ===
def combine(xs, ys):
    try:
        return list(zip(xs, ys, strict=True))
    except ValueError as e:
        return f"error: {e}"
print(combine([1, 2], "ab"), combine([1, 2, 3], "ab"), combine([1], "abc"), combine([], []))

# === sliding windows ===
data = [1, 3, 6, 10, 15]
print(list(zip(data, data[1:])), [b - a for a, b in zip(data, data[1:])], list(zip(data, data[1:], data[2:])))

# === zip stops at the shortest ===
print(list(zip(range(100), "abc")), list(zip("abc", range(100))), list(zip()), list(zip([])))
