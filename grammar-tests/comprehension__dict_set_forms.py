words = ["apple", "banana", "cherry", "avocado", "blueberry", "fig"]

# === dict comprehensions ===
lengths = {w: len(w) for w in words}
print(lengths)
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({k: v for k, v in sorted(lengths.items(), key=lambda kv: -kv[1])[:3]})

# === set comprehensions ===
print(sorted({len(w) for w in words}), sorted({w[0] for w in words}))
print(sorted({x % 7 for x in range(100) if x % 3 == 0}))

# === comprehension with conditional expression values ===
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print([w.upper() if len(w) > 5 else w for w in words])

# === dict comprehension from zip and enumerate ===
keys = ["id", "name", "score"]
rows = [(1, "ann", 90), (2, "bob", 75)]
records = [{k: v for k, v in zip(keys, row)} for row in rows]
print(records)
print({i: w for i, w in enumerate(words) if i % 2 == 0})

# === later keys overwrite earlier ones ===
print({x % 3: x for x in range(10)})
