# === key with ties: first wins for both ===
data = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), max(data), min(data))

# === default only for empty iterables ===
print(max([], default=None), min((x for x in []), default="empty"), max([0], default=99), min({}, default={}), max("", default="-"))

# === strings and nested ===
print(max("hello world"), min("Hello"), max(["apple", "Banana"]), max(["apple", "Banana"], key=str.lower), min([[3], [1, 2]]), max([(), (0,)]))

# === argmax / argmin ===
temps = [12.5, 17.0, 9.25, 17.0, 11.0]
print(max(range(len(temps)), key=lambda i: temps[i]), min(range(len(temps)), key=lambda i: temps[i]), max(enumerate(temps), key=lambda p: p[1]))

# === dicts ===
stock = {"apple": 5, "kiwi": 12, "fig": 0}
print(max(stock), max(stock, key=stock.get), min(stock.values()), max(stock.items(), key=lambda kv: kv[1]))

# === errors ===
for call in [lambda: max([]), lambda: min([], key=len), lambda: max(1, 2, default=3), lambda: max([1, 2], key=lambda x: "a" if x == 1 else 2), lambda: min("a", 1), lambda: max(None), lambda: max([1], bad=1)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
