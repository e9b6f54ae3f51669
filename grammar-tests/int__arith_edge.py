# === floor division and modulo signs ===
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, -3), (1, 10**20), (-1, 10**20)]:
    print(a, b, a // b, a % b, a / b)

# === true division and mixed ===
print(1 / 3, 2 / 2, type(4 / 2).__name__, 10**20 / 10**10, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 2**-2, (-2) ** 2, -2 ** 2)

# === unary, abs, comparison with floats ===
print(-(-5), +5, ~5, ~-1, abs(-10**30), 1 == 1.0, 2**53 + 1 == 2**53 + 1.0, 10**20 < 1e21, 3 < 3.0000001, True + 1)

# === int is immutable, small cache unobservable ===
x = 5
y = x
x += 1
print(x, y)

# === errors ===
for call in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 1 + "1", lambda: -"1", lambda: ~1.5]:
    try:
        call()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
