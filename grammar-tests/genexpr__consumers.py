nums = [4, 8, 15, 16, 23, 42]

# === builtins consuming generator expressions ===
print(sum(n for n in nums), sum(n * n for n in nums if n % 2 == 0))
print(max(n % 10 for n in nums), min((n for n in nums if n > 10), default=-1))
print(sorted((n % 7 for n in nums), reverse=True))
print(any(n > 40 for n in nums), all(n > 3 for n in nums))
print(", ".join(str(n) for n in nums[:3]))
print(list(n // 2 for n in nums), tuple(n for n in nums if n > 20), sorted(set(n % 2 for n in nums)))
print(dict((str(n), n) for n in nums[:2]))

# === generator as a function's sole argument needs no extra parentheses ===
print(len(list(c for c in "hello" if c in "aeiou")))

# === enumerate/zip on generator expressions ===
gen = (w.upper() for w in ["a", "b", "c"])
print(list(enumerate(gen)))
squares = (i * i for i in range(5))
cubes = (i ** 3 for i in range(5))
print(list(zip(squares, cubes)))

# === partial consumption then resumption ===
g = (n for n in range(10))
first_three = [next(g) for _ in range(3)]
rest_sum = sum(g)
print(first_three, rest_sum)

# === nested generator expressions ===
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(x for x in row) for row in matrix))
flat = (x for row in matrix for x in row)
print(max(flat), list(flat))

# === generator expression vs list: memory-free chaining ===
lines = ["a=1", "# comment", "b = 2", "", "c= 3"]
stripped = (l.strip() for l in lines)
meaningful = (l for l in stripped if l and not l.startswith("#"))
pairs = (l.split("=") for l in meaningful)
print({k.strip(): int(v) for k, v in pairs})
