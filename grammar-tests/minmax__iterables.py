# === over various iterables ===
print(max(range(10)), min(x * x - 4 * x for x in range(10)), max("zebra"), min({5: "a", 2: "b"}), max({3, 9, 1}), min(iter([7, 3, 8])))
print(max([1.5, 2, 2.0]), max([2.0, 2]), min([0, -0.0]), min([-0.0, 0]), max([[], [0], [0, 0]]), min(["b", "a", "B"]))

# === two-or-more positional form ===
print(max(1, 2), min(3, 1, 2), max("a", "b", key=str.upper), max((1, 2), (1, 3)), min(-1, -1.0), max(True, 1))

# === stats helpers ===
data = [4, 8, 15, 16, 23, 42]
lo, hi = min(data), max(data)
print(lo, hi, hi - lo, [round((x - lo) / (hi - lo), 2) for x in data])
words = ["kiwi", "fig", "banana", "apple", "cherry"]
print(min(words, key=len), max(words, key=len), min(words), max(words, key=lambda w: (len(w), w)))
print(max((len(w), w) for w in words), min(enumerate(words), key=lambda p: p[1]))

# === errors ===
for call in [lambda: max(), lambda: min([]), lambda: max(iter([])), lambda: min(1), lambda: max("a", 1), lambda: max([], key=len, default=None, extra=1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
