# === factorials ===
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(20))
print(fact(30))
print(fact(52))
print(len(str(fact(100))))

# === powers ===
print(2 ** 64, 2 ** 100, -(2 ** 127))
print(3 ** 50 - 2 ** 70)
print(10 ** 40 // 7, 10 ** 40 % 7)
print((2 ** 100) // (2 ** 50) == 2 ** 50)

# === mixed with small ints ===
x = 2 ** 70
print(x + 1, x - 1, x * -3, -x // 3, x % 1000)
print(x > 10 ** 20, x == 1180591620717411303424)
print(hex(x), bin(2 ** 65), oct(8 ** 25))

# === fibonacci grows big ===
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)

# === bit ops on bigints ===
print((2 ** 80 - 1) & 0xFFFF, (1 << 90) | 1, (2 ** 70) ^ (2 ** 70 + 5))
print(2 ** 100 >> 90, 1 << 100)
print(-(2 ** 80) >> 70, ~(2 ** 65))
print(abs(-(10 ** 25)), max(10 ** 25, 10 ** 24), min(-10 ** 25, 5))
print(int("9" * 40) + 1)
print(float(2 ** 60), int(1e20))
