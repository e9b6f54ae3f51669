# allow-import: fractions
from fractions import Fraction as F

# === exact arithmetic ===
print(F(1, 3) + F(1, 6), F(1, 3) * 3, F(2, 3) / F(4, 9), F(7, 2) // 2, F(7, 2) % 2, -F(1, 2), abs(F(-3, 4)))
print(F(1, 2) ** 2, F(4, 9) ** F(1, 2), F(2, 3) ** -2, 2 ** F(2), F(1, 10) * 10 == 1)

# === mixing types ===
print(F(1, 2) + 1, F(1, 2) + 0.5, 1 - F(1, 3), F(1, 4) == 0.25, F(1, 3) < 0.34)

# === harmonic numbers ===
h = sum(F(1, n) for n in range(1, 11))
print(h, float(h))

# === egyptian fractions ===
def egyptian(f):
    out = []
    while f.numerator:
        d = -(-f.denominator // f.numerator)
        out.append(F(1, d))
        f -= F(1, d)
    return out
print(egyptian(F(4, 13)), sum(egyptian(F(4, 13))))

# === dict keys and hashing ===
print({F(1, 2): 'half'}[0.5], hash(F(3)) == hash(3), len({F(1, 2), 0.5, F(2, 4)}))

# === errors ===
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1, 2) + 'a'
except TypeError as e:
    print('TypeError', e)
