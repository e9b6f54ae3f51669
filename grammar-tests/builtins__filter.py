# === with None and a function ===
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(filter(lambda x: x % 3 == 0, range(10))))
print(tuple(filter(None, ())), "".join(filter(str.isalpha, "a1b2c3")))

# === lazy ===
calls = []
def keep(x):
    calls.append(x)
    return x > 1
f = filter(keep, [1, 2, 3])
print(calls, next(f), calls, list(f), calls, type(f).__name__)

# === pipeline ===
words = ["apple", "Bob", "kayak", "level", "python", "Noon"]
pal = filter(lambda w: w.lower() == w.lower()[::-1], words)
print(sorted(map(str.upper, pal)))
print(sum(filter(lambda n: n % 2, range(100))))

# === errors ===
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
