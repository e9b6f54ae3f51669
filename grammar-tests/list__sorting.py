people = [
    {"name": "ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "cy", "age": 31, "city": "Lima"},
    {"name": "di", "age": 19, "city": "Oslo"},
    {"name": "ed", "age": 25, "city": "Lima"},
]

# === sort by single key, reverse ===
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: p["age"], reverse=True)])

# === multi-key sort with tuples ===
print([p["name"] for p in sorted(people, key=lambda p: (p["city"], -p["age"]))])

# === stability: sort by secondary then primary ===
by_name = sorted(people, key=lambda p: p["name"], reverse=True)
by_age = sorted(by_name, key=lambda p: p["age"])
print([(p["age"], p["name"]) for p in by_age])

# === in-place sort versus sorted ===
nums = [5, 2, 8, 1]
result = nums.sort()
print(result, nums)
original = [3, 1, 2]
new = sorted(original)
print(original, new)

# === sorting mixed-case strings and numbers as strings ===
files = ["file10", "file2", "File1", "file1"]
print(sorted(files))
print(sorted(files, key=str.lower))
def natural_key(s):
    head = "".join(c for c in s if not c.isdigit())
    digits = "".join(c for c in s if c.isdigit())
    return (head.lower(), int(digits) if digits else 0)
print(sorted(files, key=natural_key))

# === sorting tuples and nested lists ===
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3, 1], [2], [3], [2, 9]]))
print(sorted("hello world".split(), key=lambda w: w[-1]))

# === sorted on other iterables ===
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted("cab"), sorted(range(5), reverse=True))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))

# === reversed ===
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))

# === min/max with key and default ===
print(min(people, key=lambda p: p["age"])["name"], max(people, key=lambda p: (p["age"], p["name"]))["name"])
print(max([], default=None), min([5], default=0), max("apple", "pear", key=len))
