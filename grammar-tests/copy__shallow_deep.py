# allow-import: copy, collections
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

# === shallow copies share nested objects ===
orig = {"name": "cfg", "tags": ["a", "b"], "limits": {"cpu": 2}}
shallow = copy.copy(orig)
shallow["name"] = "changed"
shallow["tags"].append("c")
print(orig, shallow, shallow is orig, shallow["tags"] is orig["tags"])
lst = [[1, 2], [3]]
c = copy.copy(lst)
c[0].append(99)
c.append([4])
print(lst, c)
print(copy.copy({1, 2}), copy.copy((1, [2])), copy.copy("text"), copy.copy(42), copy.copy(None))

# === deep copies are independent ===
deep = copy.deepcopy(orig)
deep["tags"].append("z")
deep["limits"]["cpu"] = 8
print(orig, deep)
matrix = [[0] * 3 for _ in range(2)]
m2 = copy.deepcopy(matrix)
m2[0][0] = 1
print(matrix, m2)
t = (1, [2, 3])
t2 = copy.deepcopy(t)
t2[1].append(4)
print(t, t2, copy.deepcopy((1, 2)) == (1, 2))
print(copy.deepcopy({frozenset([1]): {2}}), copy.deepcopy({"s": {1, 2}}) == {"s": {1, 2}})

# === shared and cyclic structure is preserved ===
shared = [1]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc is cyc, cc[:2])
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd)

# === instances ===
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t_shallow = copy.copy(tree)
t_deep = copy.deepcopy(tree)
tree.children[0].val = 20
print(t_shallow, t_deep, t_shallow.children is tree.children, type(t_deep).__name__)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        return Custom(self.v * 10)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)

# === collections types ===
cnt = Counter("aab")
dq = deque([[1], [2]], maxlen=5)
dfd = defaultdict(list, {"k": [1]})
od = OrderedDict(a=[1])
P = namedtuple("P", "x y")
p = P([1], 2)
cnt2, dq2, dfd2, od2, p2 = copy.deepcopy([cnt, dq, dfd, od, p])
dq2[0].append(9)
dfd2["k"].append(9)
od2["a"].append(9)
p2.x.append(9)
print(cnt2, dq, dq2, dfd, dfd2, od, od2, p, p2)
print(type(cnt2).__name__, dq2.maxlen, dfd2.default_factory, copy.copy(dq) == dq, copy.copy(p) is p)

# === functions and classes are copied as themselves ===
def f():
    return 1
print(copy.deepcopy(f) is f, copy.copy(Node) is Node, copy.deepcopy([len])[0] is len)
print(issubclass(copy.Error, Exception))

# === depth guard ===
deep_list = []
for _ in range(5000):
    deep_list = [deep_list]
try:
    copy.deepcopy(deep_list)
except RecursionError as e:
    print("RecursionError:", e)
ok = []
for _ in range(100):
    ok = [ok]
print(str(copy.deepcopy(ok)).count("["))
