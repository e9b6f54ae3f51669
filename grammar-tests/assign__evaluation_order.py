log = []
def v(name, value):
    log.append(name)
    return value

# === right side evaluated before targets ===
a, b = v("rhs1", 1), v("rhs2", 2)
print(a, b, log)
log.clear()

# === targets assigned left to right ===
class Rec:
    def __init__(self):
        self.store = {}
    def __setitem__(self, key, value):
        log.append(f"set {key}={value}")
        self.store[key] = value

r = Rec()
r["x"], r["y"] = 1, 2
print(log)
log.clear()
r["first"] = r["second"] = ["same"]
print(log, r.store["first"] is r.store["second"])
log.clear()

# === subscript targets: container and index evaluated left to right ===
data = {"k": [0, 0]}
v("container", data)[v("key", "k")][v("index", 1)] = v("value", 9)
print(data, log)
log.clear()

# === swapping items of a list via tuple assignment ===
xs = [1, 2, 3, 4]
xs[0], xs[-1] = xs[-1], xs[0]
print(xs)
i = 0
xs[i], i = 100, 2
print(xs, i)

# === augmented assignment on attribute and subscript evaluates container once ===
class Box:
    def __init__(self):
        self.n = 0

boxes = [Box()]
def get_box():
    log.append("get_box")
    return boxes[0]

get_box().n += 5
get_box().n += 5
print(boxes[0].n, log)
log.clear()

# === function arguments evaluated left to right ===
def f(*args, **kwargs):
    return args, kwargs

print(f(v("p1", 1), v("p2", 2), k=v("kw", 3)), log)
log.clear()

# === dict literal evaluates key then value, in order ===
d = {v("k1", "a"): v("v1", 1), v("k2", "b"): v("v2", 2)}
print(d, log)
