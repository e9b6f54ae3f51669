# allow-import: collections
# list.append and dict.get, the commonest method calls, in their edge cases.
from collections import defaultdict, Counter, OrderedDict

xs = []
for i in range(5):
    xs.append(i * i)
xs.append(xs)
print(len(xs), xs[:5], xs[5] is xs)

log = []


def arg(v):
    log.append(v)
    return v


d = {"a": 1, (1, 2): "pair", 3: "three", 3.5: "float", None: "none"}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get((1, 2)), d.get(3.0), d.get(True), d.get(None))
# The default is evaluated even when the key is there.
print(d.get(arg("a"), arg("default")), log)

for bad in [lambda: d.get([1]), lambda: d.get({}, 1), lambda: xs.append(), lambda: xs.append(1, 2),
            lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get("a", default=2),
            lambda: xs.append(x=1), lambda: "abc".find(x=1), lambda: [].index(x=1),
            lambda: {}.pop(x=1), lambda: b"a".count(x=1), lambda: [].insert(x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

dd = defaultdict(list)
print(dd.get("missing"), dict(dd))
dd["k"].append(1)
print(dd.get("k"), dd.get("x", "dflt"))
c = Counter("abca")
print(c.get("a"), c.get("z"), c.get("z", 0))
od = OrderedDict(a=1)
print(od.get("a"), od.get("b", 2))

# Methods rebound on an instance or shadowed by attributes are not these.
class Box:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(("boxed", x))

    def get(self, k, d=None):
        return ("box-get", k, d)


b = Box()
b.append(1)
print(b.items, b.get("a"), b.get("a", 1))

# Appending to the list being walked is seen by the walk.
walk = [1, 2, 3]
for w in walk:
    if w < 3:
        walk.append(w + 10)
print(walk)

# A key whose __eq__ runs code.
class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        print("eq", self.k, type(other).__name__)
        return isinstance(other, Key) and other.k == self.k


kd = {Key(1): "one"}
print(kd.get(Key(1)), kd.get(Key(2), "none"), kd.get(1, "int"))
