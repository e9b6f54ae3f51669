# Shifts and powers of small ints, at the edges where results leave 64 bits.
for x in (0, 1, -1, 5, -5, 2**62, -2**62, 2**63 - 1, -2**63):
    for n in (0, 1, 2, 31, 62, 63, 64, 65, 100):
        print(x, n, x >> n, x << n)
for b in (0, 1, -1, 2, -2, 3, 10, -10, 2**31, 3037000499, 3037000500):
    for e in (0, 1, 2, 3, 19, 62, 63, 64):
        print(b, e, b ** e)
print(2 ** -1, (-2) ** -2, 0 ** 0, (-2) ** 63, (-2) ** 64, 2 ** 63)
for bad in (lambda: 1 >> -1, lambda: 1 << -1, lambda: 0 ** -1):
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
x = 1
for _ in range(70):
    x <<= 1
print(x, x >> 69, True << 3, True ** 2, 3 ** True)
h = 12345
for _ in range(5):
    h = (h * 1103515245 + 12345) % 2147483648
    print(h, (h >> 16) % 18, h ** 2 % 1000)
