# allow-import: json
import json

data = {"b": [1, 2, {"x": None}], "a": {"nested": [], "empty": {}}, "c": "text"}

# === indent int ===
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4))

# === indent zero and string ===
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"k": [1, 2]}, indent="\t"))
print(json.dumps({"k": [1, 2]}, indent="--"))
print(json.dumps([1, 2], indent=-3))

# === sort_keys ===
print(json.dumps(data, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))

# === separators ===
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, {"a": 2}], separators=(" , ", " = ")))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(", ", " : ")))

# === compact canonical form ===
def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"))

print(canonical({"z": 1, "y": [3, 2, 1], "x": {"b": True, "a": False}}))
print(canonical(data) == canonical(json.loads(canonical(data))))
