# === basics ===
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3], [4, 5])), dict(zip("ab", range(2))))
names, ages = zip(*[("ann", 31), ("bob", 25)])
print(names, ages, list(zip(*[[1, 2, 3], [4, 5, 6]])))

# === strict ===
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)

# === lazy ===
z = zip(range(3), "xyz")
print(next(z), list(z), list(z), type(z).__name__)
it = iter(range(10))
print(list(zip(it, it)))

# === pairwise differences ===
temps = [20, 22, 21, 25, 24]
print([b - a for a, b in zip(temps, temps[1:])])
print(max(zip(temps, range(len(temps))))[1])

# === errors ===
try:
    zip([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
