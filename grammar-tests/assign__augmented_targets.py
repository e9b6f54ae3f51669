# === augmented assignment on various targets ===
counts = {"a": 1}
counts["a"] += 10
counts["b"] = counts.get("b", 0) + 1
print(counts)

matrix = [[1, 2], [3, 4]]
matrix[0][1] *= 10
matrix[-1][-1] -= 4
print(matrix)

class Stats:
    total = 0
    def __init__(self):
        self.count = 0

s = Stats()
s.count += 1
s.total += 5
Stats.total += 100
print(s.count, s.total, Stats.total)

# === list += extends in place, list = list + creates new ===
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
a += "xy"
print(a)
try:
    a = a + "z"
except TypeError as e:
    print("TypeError:", e)

# === tuple += creates new tuple ===
t = (1,)
u = t
t += (2,)
print(t, u)

# === str and int augmented ===
s = "a"
s += "b" * 2
s *= 2
print(s)
n = 7
n //= 2
n **= 3
n %= 10
n -= -1
print(n)
f = 1.5
f *= 4
f /= 3
print(f)

# === augmented assignment in loops ===
total = 0
product = 1
text = ""
for i in range(1, 6):
    total += i
    product *= i
    text += str(i)
print(total, product, text)

# === set and dict augmented ===
s = {1}
s |= {2, 3}
s -= {1}
print(sorted(s))
d = {"a": 1}
d |= {"b": 2}
print(d)
