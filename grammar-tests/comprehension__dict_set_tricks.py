words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple", "banana"]

# === dict comprehension grouping (last wins) ===
print({w[0]: w for w in words})
print({w: i for i, w in enumerate(words)})

# === counting with comprehension over a set ===
print({w: words.count(w) for w in sorted(set(words))})

# === swapping keys and values, filtering ===
codes = {"us": 1, "uk": 44, "fr": 33, "de": 49}
print({v: k for k, v in codes.items() if v > 30})
print({k: v for k, v in sorted(codes.items(), key=lambda kv: kv[1])})

# === nested dict comprehension ===
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(table)
print(table[2][3], sum(v for row in table.values() for v in row.values()))

# === set comprehensions ===
print(sorted({len(w) for w in words}))
print(sorted({w[0] + w[-1] for w in words}))
print(sorted({(a, b) for a in "ab" for b in "ab" if a <= b}))

# === conditional values ===
nums = range(-3, 4)
print({n: ("neg" if n < 0 else "zero" if n == 0 else "pos") for n in nums})
print({n: n * n for n in nums if n % 2})

# === from zip and enumerate ===
keys = ["name", "age", "city"]
vals = ["ann", 30, "oslo"]
print({k: v for k, v in zip(keys, vals)})
print(dict(zip(keys, vals)) == {k: v for k, v in zip(keys, vals)})
print({i: c for i, c in enumerate("hey", start=1)})

# === duplicate keys: later values overwrite but order is first insertion ===
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})

# === comprehension with a function call and walrus ===
def score(w):
    return sum(ord(c) - 96 for c in w)
print({w: s for w in sorted(set(words)) if (s := score(w)) > 50})
