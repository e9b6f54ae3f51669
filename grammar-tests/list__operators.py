# === + * += *= ===
a = [1, 2]
print(a + [3], a * 2, 2 * a, a * 0, [] * 5, [[0]] * 2, [None] * 3)
b = a
b += [3]
b += "xy"
print(a, b is a)
c = [1]
c *= 3
print(c)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(grid, alias)

# === comparisons ===
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [1] == (1,))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), max([[1, 2], [1, 2, 3]]), [1, 2] <= [1, 2])

# === membership ===
print(3 in [1, 2, 3], [1] in [[1], [2]], "a" in ["abc"], 1.0 in [1], None in [None])

# === errors ===
for call in [lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] * 1.5, lambda: [1] < ["a"], lambda: [1] - [1], lambda: [1] * [2]]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
