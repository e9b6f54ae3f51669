# === trailing commas and nesting ===
a = [1, 2, 3,]
b = (1,)
c = {"k": [1, {"n": (2, 3)}],}
d = {1, 2, 2, 3,}
print(a, b, c, sorted(d), len(d))
print((), [], {}, set(), tuple(), (((1))), ((1),))

# === duplicate dict keys keep last value but first position ===
dup = {"a": 1, "b": 2, "a": 3}
print(dup)
print({1: "int", 1.0: "float", True: "bool"})

# === keys and elements evaluated left to right ===
order = []
def v(x):
    order.append(x)
    return x
_ = {v("k1"): v("v1"), v("k2"): v("v2")}
_ = [v(1), v(2)], (v(3), v(4)), {v(5)}
print(order)

# === displays are fresh objects each time ===
def make():
    return [], {}
x1, y1 = make()
x2, y2 = make()
x1.append(1)
print(x1, x2, x1 is x2)

# === unhashable keys ===
for bad in ([1], {"a": 1}, {1}):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
    try:
        {bad}
    except TypeError as e:
        print("TypeError:", e)
print({(1, 2): "tuple ok", frozenset([1]): "frozenset ok"})
