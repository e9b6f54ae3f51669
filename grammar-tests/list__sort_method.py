# === in-place sort ===
a = [5, 2, 8, 1, 9]
r = a.sort()
print(a, r)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)

# === stability ===
records = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)

# === reverse and copy ===
b = [1, 2, 3]
b.reverse()
print(b, b[::-1], list(reversed(b)))

# === errors ===
for call in [lambda: [1, "a"].sort(), lambda: [3, 1].sort(key=1), lambda: [1].sort(lambda x: x), lambda: [1].sort(reversed=True), lambda: [None, 1].sort()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
c = [3, 1, 2]
try:
    c.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e, c)
