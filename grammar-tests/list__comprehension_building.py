# === building lists many ways ===
squares = [x * x for x in range(6)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
flat = [v for row in [[1, 2], [3], []] for v in row]
print(squares, evens, pairs, flat)

# === list of lists, transposition ===
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)], [[row[i] for row in m] for i in range(3)], [sum(r) for r in m])

# === mutation while iterating (copy first) ===
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
items = [1, 2, 3]
for i, v in enumerate(items):
    items[i] = v * 10
print(items)

# === stack / queue ===
stack = []
for tok in "3 4 + 2 *".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a * b)
print(stack)

# === del and nested ===
nested = [[1, [2, 3]], [4]]
nested[0][1].append(99)
del nested[1]
print(nested, len(nested[0][1]))
