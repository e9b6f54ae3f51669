# === countdown ===
n = 5
while n:
    print(n, end=" ")
    n -= 1
print("liftoff")

# === while True with break ===
queue = [3, 1, 4, 1, 5, 9, 2, 6]
total = 0
while True:
    if not queue:
        break
    item = queue.pop(0)
    if item == 9:
        print("found 9, stopping")
        break
    total += item
print("total", total, "left", queue)

# === euclid gcd ===
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(48, 18), gcd(17, 5), gcd(0, 7), gcd(270, 192))

# === newton's method ===
def sqrt(x, tol=1e-12):
    guess = x / 2 or 1.0
    iterations = 0
    while abs(guess * guess - x) > tol:
        guess = (guess + x / guess) / 2
        iterations += 1
    return guess, iterations

print(sqrt(2), sqrt(144), sqrt(1e6)[0])

# === digit manipulations ===
def reverse_digits(n):
    r = 0
    while n > 0:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r

def digital_root(n):
    while n >= 10:
        n = sum(int(c) for c in str(n))
    return n

print(reverse_digits(12345), reverse_digits(1200), digital_root(987654321), digital_root(5))

# === while with else and a sentinel ===
data = [2, 4, 6, 8]
i = 0
while i < len(data):
    if data[i] % 2:
        print("odd found at", i)
        break
    i += 1
else:
    print("all even; i =", i)

# === binary conversion loop ===
def to_binary(n):
    if n == 0:
        return "0"
    bits = ""
    while n:
        bits = str(n % 2) + bits
        n //= 2
    return bits

print([to_binary(n) for n in (0, 1, 5, 10, 255)], [bin(n)[2:] for n in (5, 10)])
