# === tuple vs single values ===
print("%s" % "solo", "%s" % ("solo",), "%s" % ((1, 2),), "%s and %s" % (1, 2), "%r" % ([1, "a"],), "%d%%" % 50)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)

# === dict mapping ===
row = {"name": "widget", "price": 9.5, "qty": 3}
print("%(name)-10s|%(qty)5d|%(price)8.2f" % row, "%(name)s" % row, "%%(name)s" % ())
print("%(a)s %(a)r" % {"a": "x"}, "%s" % {"k": 1}, "%(k)s" % {"k": [1]})

# === * width and precision ===
for w in [4, 8]:
    print("[%*s]" % (w, "ab"), "[%-*s]" % (w, "ab"), "[%.*f]" % (w // 2, 3.14159), "[%*.*f]" % (w + 2, 1, 2.25))

# === errors ===
for call in [lambda: "%(a)s %s" % {"a": 1}, lambda: "%(a)s" % 5, lambda: "%*d" % ("x", 1), lambda: "%s %s" % {"a": 1}, lambda: "%(a" % {"a": 1}, lambda: "%d" % (1, 2), lambda: "x" % 5]:
    try:
        print(repr(call()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
