# allow-import: json
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

# === JSONEncoder subclass with default ===
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"p": Point(1, 2), "tags": {"b", "a"}}, cls=PointEncoder))
print(json.dumps([Point(0, 0)], cls=PointEncoder, indent=1, sort_keys=True))
try:
    json.dumps({"bad": object()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)

class Strict(json.JSONEncoder):
    def __init__(self, **kwargs):
        kwargs["sort_keys"] = True
        super().__init__(**kwargs)
    def default(self, o):
        return json.JSONEncoder.default(self, o)

print(json.dumps({"b": 1, "a": 2}, cls=Strict))
try:
    json.dumps(Point(1, 1), cls=Strict)
except TypeError as e:
    print("TypeError:", e)

# === plain encoder and decoder classes ===
print(json.dumps([1, 2], cls=json.JSONEncoder))
print(json.loads("[1, 2]", cls=json.JSONDecoder))
print(isinstance(PointEncoder(), json.JSONEncoder), issubclass(PointEncoder, json.JSONEncoder))
print(json.JSONEncoder.__name__, json.JSONDecoder.__name__)

# === dump / load with a file-like object ===
class Buffer:
    def __init__(self, text=""):
        self.parts = [text]
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def read(self):
        return "".join(self.parts)

buf = Buffer()
print(json.dump({"k": [1, 2, {"z": None}]}, buf, indent=2))
print(buf.read())
print(json.load(Buffer('{"a": [true, false, null], "b": 1.5}')))
print(json.load(Buffer('{"a": 1}'), object_hook=lambda d: sorted(d.items())))
try:
    json.load(Buffer("{oops}"))
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)

# === type names in messages ===
class Thing:
    pass
for v in [Thing(), {1, 2}, b"x", range(2)]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError:", e)

# === encoder and decoder instances ===
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"b": [1], "a": None}))
print(json.JSONEncoder(separators=(",", ":")).encode([1, {"k": "v"}]))
print(PointEncoder().encode(Point(3, 4)))
dec = json.JSONDecoder(object_hook=lambda d: {k.upper(): v for k, v in d.items()})
print(dec.decode('{"a": {"b": 1}}'))

class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(parse_int=lambda s: int(s) * 100, **kw)
print(json.loads("[1, 2.5, 3]", cls=Upper))
