# allow-import: collections, itertools, heapq, functools
# User code that mutates a container while the container is comparing or
# iterating gets CPython's errors, never a crash.
import heapq
import itertools
from collections import OrderedDict, defaultdict, deque

# === deque mutated by __eq__ ===
d = deque([1, 2, 3])
class Meddler:
    def __eq__(self, other):
        d.append(0)
        return False
    __hash__ = None
for name, op in [("count", lambda: d.count(Meddler())), ("remove", lambda: d.remove(Meddler())),
                 ("index", lambda: d.index(Meddler())), ("in", lambda: Meddler() in d)]:
    try:
        op()
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__, e)
print(len(d))

# === OrderedDict.move_to_end keeps the stored key ===
od = OrderedDict.fromkeys("abc", 0)
class AlikeA:
    def __hash__(self):
        return hash("a")
    def __eq__(self, other):
        od["late"] = 1
        return other == "a"
od.move_to_end(AlikeA())
print(list(od))

# === heap comparisons that grow the heap ===
heap = []
class Grower:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        heap.append(Grower(99))
        return self.v < other.v
heap.extend([Grower(1), Grower(3)])
try:
    heapq.heappush(heap, Grower(2))
except RuntimeError as e:
    print("RuntimeError:", e)

# === iterators re-entered from their own callbacks ===
merged = None
def key(v):
    try:
        next(merged)
    except ValueError as e:
        print("inner:", e)
    return v
merged = heapq.merge([1, 3], [2], key=key)
print(list(merged))
cyc = None
def source():
    yield 1
    yield next(cyc)
cyc = itertools.cycle(source())
try:
    print(list(itertools.islice(cyc, 4)))
except ValueError as e:
    print("ValueError:", e)
groups = None
def keyfunc(v):
    try:
        next(groups)
    except StopIteration:
        pass
    return v
groups = itertools.groupby([1, 1, 2, 2], key=keyfunc)
print([(k, list(g)) for k, g in groups])

# === factories that touch their own dict ===
dd = defaultdict(lambda: dd.clear() or 5)
dd["a"] = 1
print(dd["b"], dict(dd))
