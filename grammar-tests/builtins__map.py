# === one and many iterables ===
print(list(map(str, [1, 2, 3])), list(map(int, "123")), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(str.strip, [" a ", "b  "])), list(map(max, [1, 5], [4, 2])), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))

# === lazy evaluation ===
log = []
def tap(x):
    log.append(x)
    return x * x
m = map(tap, [1, 2, 3])
print(log, next(m), log, list(m), list(m), type(m).__name__)

# === parsing records ===
lines = ["3,4", "10,2", "7,7"]
pairs = list(map(lambda s: tuple(map(int, s.split(","))), lines))
print(pairs, list(map(lambda p: p[0] * p[1], pairs)), sum(map(sum, pairs)))

# === errors ===
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda a: a, [1], [2]))
except TypeError as e:
    print(type(e).__name__, e)
