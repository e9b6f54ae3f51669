# allow-import: collections
# Containers that hold themselves print '...' where CPython does, also
# through tuples, dict views and the collections types (found by
# tests/props.rs: an OrderedDict holding itself recursed forever).
from collections import OrderedDict, defaultdict, deque, ChainMap

od = OrderedDict(z=0)
od["me"] = od
print(od)
print(str(od), repr([od]))

q = deque([0])
q.append(q)
print(q)
a = [1]
q2 = deque([a])
a.append(q2)
print(a, q2)

dd = defaultdict(list)
dd["x"].append(dd)
print(dd)
dd2 = defaultdict(list)
dd2["y"] = dd2
print(dd2)

cm = ChainMap({})
cm["s"] = cm
print(cm)

b = {"k": 2}
b["v"] = b.values()
print(b)
b2 = {"k": 2}
b2["l"] = [b2.items()]
print(b2)

c = [1]
t = (c, "x")
c.append(t)
print(c, t)
d = {"t": None}
d["t"] = (d, [d])
print(d)
