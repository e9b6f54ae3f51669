# === starred target always yields a list ===
a, *b = (1, 2, 3)
print(type(b).__name__, b)
*c, = "xyz"
print(c)
a, *b = "x"
print(a, b)
a, *b, c = range(10)
print(a, b, c)

# === starred in for and comprehension targets ===
rows = [(1, 2, 3), (4, 5), (6,)]
for head, *tail in rows:
    print(head, tail)
print([tail for _, *tail in rows])

# === iterator consumed exactly ===
def gen():
    for i in range(5):
        print("  yield", i)
        yield i

first, *middle, last = gen()
print(first, middle, last)

# === dict items unpacking with star ===
d = {"k1": [1, 2, 3], "k2": [4]}
for key, (first, *rest) in d.items():
    print(key, first, rest)

# === errors ===
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print("ValueError:", e)
