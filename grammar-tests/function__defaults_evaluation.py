# === defaults are evaluated once, at definition time ===
counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def make(tag=next_id()):
    return tag

print(make(), make(), make("x"), counter)

# === mutable default shared between calls ===
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

# === None sentinel idiom ===
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1), safe_append(2))

# === defaults referencing earlier names capture the value ===
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1), add.__defaults__)

# === keyword-only defaults ===
def fmt(value, *, width=8, fill=" "):
    return f"{value:{fill}>{width}}"
print(repr(fmt(42)), repr(fmt(42, width=4, fill="0")), fmt.__kwdefaults__)

# === sentinel object for "not given" ===
_missing = object()
def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default

print(get({"a": 1}, "a"), get({}, "b", None))
try:
    get({}, "c")
except KeyError as e:
    print("KeyError:", e)
