# === cleaning a dataset with map/filter/zip ===
raw = ["  42", "17 ", "n/a", "", "8", "-3", "x1"]
def parse(s):
    s = s.strip()
    return int(s) if s.lstrip("-").isdigit() else None
parsed = list(map(parse, raw))
valid = list(filter(lambda v: v is not None, parsed))
print(parsed, valid, sum(valid), max(valid), sorted(valid))

# === pairing and transforming ===
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
records = list(map(lambda p: {"name": p[0].title(), "age": p[1]}, zip(names, ages)))
print(records)
adults_over_30 = [r["name"] for r in filter(lambda r: r["age"] > 30, records)]
print(adults_over_30, list(map(len, names)), list(map(str.upper, filter(lambda n: "b" in n, names))))

# === chaining lazily ===
squares = map(lambda x: x * x, range(1, 1000000))
evens = filter(lambda x: x % 2 == 0, squares)
first = [next(evens) for _ in range(5)]
print(first)
