# === basic and nested ===
a, b = 1, 2
(c, d), e = (3, 4), 5
[f, [g, h]] = [6, [7, 8]]
print(a, b, c, d, e, f, g, h)

# === starred ===
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *empty = [9]
print(x, empty)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)

# === unpacking in for loops ===
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
for i, (k, v) in enumerate({"x": 10, "y": 20}.items()):
    print(i, k, v)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)

# === unpacking strings, dicts, sets ===
p, q, r = "abc"
print(p, q, r)
k1, k2 = {"alpha": 1, "beta": 2}
print(k1, k2)
(only,) = {42}
print(only)

# === swap and rotate ===
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
nums = [10, 20, 30]
nums[0], nums[2] = nums[2], nums[0]
print(nums)

# === unpacking errors ===
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
