# allow-import: json
import json

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# === unserializable ===
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps(b"bytes"))
attempt(lambda: json.dumps({"f": len}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
attempt(lambda: json.dumps([Point(1, 2)]))
attempt(lambda: json.dumps(range(3)))

# === bad keys ===
attempt(lambda: json.dumps({(1, 2): "t"}))
attempt(lambda: json.dumps({(1, 2): "t", "ok": 1}, skipkeys=True))
attempt(lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))

# === allow_nan ===
attempt(lambda: json.dumps(float("nan"), allow_nan=False))
attempt(lambda: json.dumps([1.5, float("inf")], allow_nan=False))
attempt(lambda: json.dumps({float("nan"): 1}, allow_nan=False))
attempt(lambda: json.dumps(1.5, allow_nan=False))

# === circular references ===
a = [1, 2]
a.append(a)
attempt(lambda: json.dumps(a))
d = {"k": 1}
d["self"] = d
attempt(lambda: json.dumps(d))
shared = [1]
attempt(lambda: json.dumps([shared, shared, {"s": shared}]))

# === call errors ===
attempt(lambda: json.dumps())
attempt(lambda: json.dumps(1, 2))
attempt(lambda: json.dumps(1, colour=True))
