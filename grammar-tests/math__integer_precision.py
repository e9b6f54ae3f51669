# allow-import: math
import math

# === big integers stay exact ===
print(math.factorial(25), math.comb(60, 30), math.isqrt(2 ** 200), math.gcd(2 ** 100, 6 ** 50))
print(math.prod(range(1, 21)) == math.factorial(20), math.lcm(*range(1, 21)))

# === floats lose precision ===
print(float(2 ** 53 + 1) == 2 ** 53, math.floor(1e16 + 1), int(1e23))

# === conversions ===
print(math.trunc(-7.9), int(-7.9), math.floor(-7.9), float(10 ** 20))
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
print(math.log(10 ** 400), math.log10(10 ** 400))

# === primes with isqrt ===
def is_prime(n):
    return n > 1 and all(n % p for p in range(2, math.isqrt(n) + 1))
print([n for n in range(50) if is_prime(n)], is_prime(2 ** 31 - 1))
