# allow-import: json
import json

# === object_hook ===
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d

print(json.loads('[{"x": 1, "y": 2}, {"x": 3, "y": 4, "z": 5}]', object_hook=as_point))
print(json.loads('{"p": {"x": 0, "y": 0}}', object_hook=as_point))

# === object_pairs_hook ===
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"k": {"z": 1, "y": 2}}', object_pairs_hook=lambda ps: dict(sorted(ps))))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))

# === parse_float / parse_int / parse_constant ===
print(json.loads('[1.5, 2, 3.25]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: int(s) * 10))
print(json.loads('[1.10, 2.50]', parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{"n": 12}', parse_int=float))

# === strict=False ===
print(repr(json.loads('"tab\there"', strict=False)))
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print(e)
