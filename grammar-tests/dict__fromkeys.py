# === fromkeys ===
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]), dict.fromkeys(range(3), "v"), dict.fromkeys("aab"))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
fresh = {k: [] for k in ["a", "b"]}
fresh["a"].append(1)
print(fresh)

# === order-preserving dedupe ===
items = ["b", "a", "b", "c", "a"]
print(list(dict.fromkeys(items)))
print({}.fromkeys([1, 2], None))

# === errors ===
for call in [lambda: dict.fromkeys(5), lambda: dict.fromkeys([[1]]), lambda: dict.fromkeys(), lambda: dict.fromkeys([1], 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
