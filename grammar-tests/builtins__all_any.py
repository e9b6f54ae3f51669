# === basic truth ===
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, "", None]), any([0, "x"]))
print(all("abc"), any(""), all([[]]), any([[]]), all(range(1, 5)), any(range(0)))
print(all({0: "a"}), any({0: "a", 1: "b"}), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))

# === short circuit ===
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(v) for v in [5, 1, 7]), seen)

# === validation program ===
rows = [{"name": "a", "age": 3}, {"name": "b", "age": -1}, {"name": "", "age": 4}]
print(all(r["name"] for r in rows), any(r["age"] < 0 for r in rows))
print([r["name"] for r in rows if all(isinstance(v, (str, int)) for v in r.values())])
print(all(isinstance(x, int) for x in [1, True, 2]), any(isinstance(x, float) for x in [1, 2]))

# === errors ===
for f in (all, any):
    try:
        f(5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    all()
except TypeError as e:
    print(type(e).__name__, e)
try:
    any([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
