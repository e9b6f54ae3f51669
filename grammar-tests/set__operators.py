# === binary operators ===
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a < b, {2} < a, a <= a, a < a, a > {1}, a >= {1, 2, 3}, a == {3, 2, 1}, a != b, {1} == frozenset({1}))

# === augmented assignment mutates in place ===
c = {1, 2}
alias = c
c |= {3}
c &= {1, 3, 5}
c -= {1}
c ^= {9, 3}
print(sorted(c), alias is c)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)

# === membership ===
print(2 in a, 9 not in a, (1, 2) in {(1, 2)}, frozenset({1}) in {frozenset({1})}, {1} in [{1}])

# === errors ===
for call in [lambda: a | [1], lambda: a & "x", lambda: a - (1,), lambda: a + b, lambda: a < [1], lambda: [1] in a, lambda: a * 2]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
