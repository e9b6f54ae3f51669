# === aliasing ===
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)

# === the [[0]*n]*m trap ===
bad = [[0] * 3] * 2
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good)

# === list of lists ===
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1], matrix[1][2], matrix[-1][-1])
print([row[0] for row in matrix])
print([list(col) for col in zip(*matrix)])
print(sum(sum(row) for row in matrix))
for row in matrix:
    row.reverse()
print(matrix)

# === list() from iterables ===
print(list(range(5)), list("ab"), list((1, 2)), list({"k": 1, "j": 2}), list())
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "x"])))

# === equality and containment are deep ===
print([1, [2, [3]]] == [1, [2, [3]]], [1, [2]] in [[1, [2]]], [] == [])

# === modifying during iteration via copy ===
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)

# === enumerate and indexes ===
letters = ["x", "y", "z"]
for i, ch in enumerate(letters):
    letters[i] = ch * (i + 1)
print(letters)
print(list(enumerate("ab", 10)))
