# allow-import: json
import json

# === moderate nesting works ===
nested = []
cur = nested
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
text = json.dumps(nested)
print(len(text), text[:12], text[-12:])
print(json.loads(text) == nested)
print(json.loads("[" * 100 + "]" * 100) is not None)
d = json.loads('{"a":' * 60 + '1' + '}' * 60)
depth = 0
while isinstance(d, dict):
    d = d["a"]
    depth += 1
print(depth, d)

# === too deep decoding ===
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.loads('{"a":' * 100000)
except RecursionError as e:
    print("RecursionError:", e)

# === too deep encoding ===
deep = []
cur = deep
for _ in range(2000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
deep_d = {}
cur = deep_d
for _ in range(2000):
    cur["k"] = {}
    cur = cur["k"]
try:
    json.dumps(deep_d)
except RecursionError as e:
    print("RecursionError:", e)
print("survived")
