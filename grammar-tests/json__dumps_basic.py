# allow-import: json
import json

# === scalars ===
for v in [None, True, False, 0, -17, 3.5, 1e16, 1e-7, 0.1 + 0.2, 2**80, -2**70, "hi", ""]:
    print(json.dumps(v))

# === containers ===
print(json.dumps([1, "two", 3.0, None, [True, False]]))
print(json.dumps((1, 2, (3, 4))))
print(json.dumps({"name": "Ada", "age": 36, "langs": ["en", "fr"]}))
print(json.dumps({}))
print(json.dumps([]))
print(json.dumps([[], {}, [[]]]))

# === non-string keys ===
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({10**20: 1, -3: 2, 1e100: 3}))

# === special floats ===
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({float("inf"): 1}))

# === report of a small dataset ===
rows = [
    {"city": "Paris", "pop": 2.1, "tags": ["capital", "europe"]},
    {"city": "Lyon", "pop": 0.52, "tags": []},
]
payload = {"count": len(rows), "rows": rows, "ok": True}
text = json.dumps(payload)
print(text)
print(len(text))
print(type(text).__name__)
