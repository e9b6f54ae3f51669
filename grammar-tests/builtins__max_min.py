# === positional and iterable forms ===
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)), max("hello"), min("hello"), max(range(5)), min({3, 1, 2}))
print(max([1.5, 2, True]), min([-1, -1.0]), max([[1, 2], [1, 3], [0, 9]]), min([(2, "a"), (1, "z"), (1, "b")]))

# === key and default ===
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=str.lower))
print(max([], default=0), min([], default=None), max([5], default=0), max((), key=abs, default="empty"), max(-3, 2, key=abs))
scores = {"ann": 82, "bob": 95, "cy": 95}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]), max(scores.values()))

# === ties keep the first ===
print(max([(1, "a"), (1, "b")], key=lambda p: p[0]), min(["bb", "aa", "cc"], key=len))

# === errors ===
for call in [lambda: max([]), lambda: min(()), lambda: max(5), lambda: max(), lambda: min(1, "a"), lambda: max([1, 2], default=0, key=None, extra=1), lambda: max(1, 2, default=0), lambda: min([None, 1])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
