# === running totals and products ===
nums = [3, -1, 4, -1, 5, -9, 2, 6]
running = []
acc = 0
for n in nums:
    acc += n
    running.append(acc)
print(running)
prod = 1
for n in nums:
    prod *= n
print(prod, prod // 7, prod % 7, -prod % 7)

# === mean, variance by hand ===
data = [2, 4, 4, 4, 5, 5, 7, 9]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, var ** 0.5)

# === integer overflow-free fibonacci ===
a, b = 0, 1
for _ in range(90):
    a, b = b, a + b
print(a, a % 1000000007, a.bit_length())

# === geometric series and float drift ===
s = 0.0
for k in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10) == 1.0)
print(sum([0.1] * 10), 0.1 * 10)

# === matrix determinant, integers only ===
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]), det([[5]]))
