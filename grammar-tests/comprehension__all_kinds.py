nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]

# === list ===
print([n * n for n in nums])
print([n for n in nums if n % 2 == 1])
print([n if n > 3 else 0 for n in nums])
print([c.upper() for c in "hello" if c not in "aeiou"])

# === set ===
print(sorted({n % 4 for n in nums}))
print(sorted({w.lower() for w in "The the THE a A".split()}))

# === dict ===
print({n: n * n for n in range(5)})
print({w: len(w) for w in ["apple", "fig", "banana"] if len(w) > 3})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({k: v for k, v in zip("xyz", range(10))})

# === generator ===
gen = (n * 2 for n in nums)
print(type(gen).__name__, sum(gen), sum(gen))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 3 == 0))
print(", ".join(str(n) for n in range(4)))

# === multiple conditions ===
print([n for n in range(30) if n % 2 == 0 if n % 3 == 0])
print([(n, "big") for n in nums if n > 4 and n != 9])

# === tuples and unpacking inside ===
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([f"{letter}{num}" for num, letter in pairs])
print({letter: num for num, letter in pairs})
print([(i, ch) for i, ch in enumerate("xyz") if i != 1])
