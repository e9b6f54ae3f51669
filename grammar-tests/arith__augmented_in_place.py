# Augmented assignment and arithmetic on names holding small ints, at module
# level (globals) and in functions (locals), across the small/big boundary.

x = 2**62
x += 2**62
print(x, type(x).__name__)
x -= 2**62
x -= 2**62
print(x, type(x).__name__)
y = -(2**63)
y //= -1
print(y)
z = 7
z //= 2
z *= -3
z %= 5
z <<= 3
z **= 2
z |= 1
z ^= 3
z &= 0xFF
z >>= 1
print(z)
try:
    z //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z %= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(z)
w = 10
w /= 4
print(w)
b = True
b += 1
print(b)
s = 5
s += 2.5
print(s)
n = 3
n += True
print(n)
i = 0
total = 0
while i < 10:
    total += i * i - (i // 3)
    i += 1
print(total, i)
print(i * 31 + total % 7, (i - total) // 3, -i % 4, i ** 2)


def local_counts(k):
    c = 0
    big = 2**63 - 3
    for j in range(k):
        c += j
        big += 1
    c -= 1
    return c, big


print(local_counts(5))


def bump():
    global counter
    counter += 1


counter = 0
for _ in range(3):
    bump()
print(counter)
try:
    missing += 1
except NameError as e:
    print(e)


def unbound():
    v += 1
    v = 0


try:
    unbound()
except UnboundLocalError as e:
    print(e)
