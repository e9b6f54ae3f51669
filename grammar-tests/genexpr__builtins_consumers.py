nums = [4, -2, 7, 0, -9, 3]

# === generator expressions passed directly to builtins ===
print(sum(x * x for x in nums), max(abs(x) for x in nums), min(x for x in nums if x > 0))
print(any(x < -5 for x in nums), all(x != 0 for x in nums), sorted(x % 4 for x in nums))
print(list(x for x in nums if x), tuple(str(x) for x in nums[:3]), set(x > 0 for x in nums) == {True, False})
print("".join(c.upper() for c in "hello" if c != "l"), dict((x, x * 2) for x in range(3)))

# === generator with multiple for clauses ===
print(sum(i * j for i in range(4) for j in range(i)))

# === generator is single use ===
g = (x for x in range(3))
print(list(g), list(g), sum(g))

# === parenthesization rules ===
print(sum((x for x in range(4)), 10))
print(max((len(w), w) for w in ["kiwi", "fig", "banana"]))

# === next with default on a generator expression ===
first_neg = next((x for x in nums if x < 0), None)
first_big = next((x for x in nums if x > 100), "none")
print(first_neg, first_big)
