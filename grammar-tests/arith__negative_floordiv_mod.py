# === floor division rounds toward negative infinity ===
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3)]:
    print(a, b, "->", a // b, a % b, divmod(a, b))

# === identity a == (a // b) * b + a % b ===
for a in range(-10, 11, 3):
    for b in (-4, -3, 3, 4):
        q, r = divmod(a, b)
        assert q * b + r == a, (a, b)
        assert (r == 0) or ((r > 0) == (b > 0))
print("identity holds")

# === floats ===
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(-7.5, 2), divmod(5.0, -3))
print(-1 % 360, -1.0 % 360, 725 % 360)

# === clock arithmetic ===
def clock(h):
    return h % 12 or 12
print([clock(h) for h in (-13, -1, 0, 1, 11, 12, 13, 24, 25)])

# === bigints ===
big = -(10 ** 30) - 7
print(big // 10 ** 10, big % 10 ** 10)
print(divmod(big, -(10 ** 12)))
