# allow-import: copy
import copy

# === shallow versus deep ===
orig = {'a': [1, 2], 'b': {'c': [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['a'].append(99)
orig['b']['c'].append(4)
print(sh, dp)

# === cycles are preserved ===
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))

# === shared references stay shared ===
x = [0]
pair = [x, x]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is x)

# === immutables are returned as is ===
t = (1, 'a', None)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)

# === instances ===
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].v = 40
print(tree.children[1].children[0].v, clone.children[1].children[0].v)
shallow = copy.copy(tree)
print(shallow.children is tree.children)
