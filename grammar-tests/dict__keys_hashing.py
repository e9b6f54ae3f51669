# === numeric keys collapse ===
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), {0: "a", False: "b", 0.0: "c"})

# === tuples, frozensets, None as keys ===
m = {(1, 2): "t", frozenset({1}): "fs", None: "none", "": "empty", -0.0: "zero"}
print(m[(1, 2)], m[frozenset([1])], m[None], m[""], m[0], len(m))

# === user objects as keys ===
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return f"Key({self.k})"
reg = {Key(1): "one"}
reg[Key(1)] = "uno"
print(reg, Key(1) in reg, Key(2) in reg)

# === errors ===
for bad in [[1], {"a": 1}, {1}, ([1],)]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)
