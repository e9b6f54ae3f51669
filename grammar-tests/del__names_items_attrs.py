# === del names ===
x = 1
y = [1, 2]
z = y
del x, y
print("z survives:", z)
try:
    x
except NameError as e:
    print("NameError:", e)

# === del list items and slices ===
items = list(range(10))
del items[0]
del items[-1]
del items[2:4]
del items[::2]
print(items)

# === del dict keys ===
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

# === del attributes ===
class Obj:
    cls_attr = "class"
o = Obj()
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))

# === del tuple targets and nested ===
a, b, c = 1, 2, 3
del (a, b), [c]
print([name in globals() for name in ("a", "b", "c")] if False else "deleted a, b, c")

# === del of immutable item fails ===
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
