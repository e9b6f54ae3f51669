# allow-import: math
import math

# === gcd and lcm ===
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(12, 18, 27), math.gcd(-4, 6))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 4, 5), math.lcm(0, 5), math.lcm(-4, 6))

# === fractions by hand ===
def simplify(n, d):
    g = math.gcd(n, d)
    return n // g, d // g
print(simplify(84, 36), simplify(10, 100))

# === prod ===
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.prod([[1]], start=2) if False else math.prod(['a'], start=1) if False else math.prod([3, 3]))

# === dist and hypot ===
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())

# === sumprod-like ===
print(sum(map(math.prod, zip([1, 2, 3], [4, 5, 6]))))

# === errors ===
for f in [lambda: math.gcd(1.5, 2), lambda: math.lcm('a'), lambda: math.dist((1,), (1, 2)), lambda: math.prod(5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
