# allow-import: json
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Money:
    def __init__(self, cents):
        self.cents = cents

def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, Money):
        return f"${obj.cents / 100:.2f}"
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

# === default hook ===
print(json.dumps([Point(1, 2), Money(1999), {3, 1, 2}], default=encode))
print(json.dumps({"origin": Point(0, 0)}, default=encode, indent=2))
print(json.dumps({"tags": frozenset(["b", "a"])}, default=sorted))
print(json.dumps([b"raw"], default=lambda b: b.decode()))
print(json.dumps(Point(5, 6), default=lambda o: o.__dict__))

# === default returning unencodable ===
try:
    json.dumps(Point(1, 1), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)

# === default raising ===
try:
    json.dumps([object()], default=encode)
except TypeError as e:
    print("TypeError:", e)

# === nested default results ===
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(json.dumps(t, default=lambda n: {"v": n.v, "kids": n.kids}))
