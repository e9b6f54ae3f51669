# === plain objects ===
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o), str(o) == repr(o))
print(issubclass(int, object), object.__name__, type(object).__name__)

# === sentinel pattern ===
_MISSING = object()
def lookup(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
print(lookup({"a": 1}, "a"), lookup({}, "b", None))
try:
    lookup({}, "c")
except KeyError as e:
    print("KeyError", e)

# === object defaults on a class ===
class Plain:
    pass
p, q = Plain(), Plain()
print(p == q, p == p, p != q, bool(p), Plain.__name__, Plain.__mro__ == (Plain, object))

# === errors ===
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o < object()
except TypeError as e:
    print(type(e).__name__, e)
