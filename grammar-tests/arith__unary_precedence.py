# === unary minus versus power ===
print(-2 ** 2, (-2) ** 2, -2 ** -1, 2 ** -2 ** 2)
print(- - 3, - + - 3, + - + 3, ~ - 3, - ~ 3)
print(not 0, not -1, -True, ~True, +False)

# === power is right associative ===
print(2 ** 3 ** 2, (2 ** 3) ** 2, 3 ** 1 ** 5)

# === mixed precedence table ===
x, y, z = 6, 4, 3
print(x + y * z, (x + y) * z, x - y - z, x - (y - z))
print(x * y // z, x * (y // z), x // y * z, x % y * z)
print(x + y % z, (x + y) % z, x ** 2 % 5, -x % 5, -(x % 5))
print(x << 1 + 1, (x << 1) + 1, x & 3 + 1, x | y & z, x ^ y | z)
print(x < y + z, x == 2 * z, not x == y, not x < y < z)

# === operations on bool values ===
flags = [True, False, True, True]
print(sum(flags), True + True, True * 7, False - True, True / 2)
print(True // True, True % 2, True ** 10, -True ** 2)

# === absolute, negation on zero floats ===
print(-0.0, 0.0 * -1, abs(-0.0), -0, 0 * -1)
print(repr(-(0.0)), repr(+(-0.0)))
