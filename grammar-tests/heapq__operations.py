# allow-import: heapq
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

# === push / pop keep the heap invariant with CPython's layout ===
h = []
for x in [5, 1, 8, 3, 2, 9, 1, 7]:
    heappush(h, x)
    print(h)
out = [heappop(h) for _ in range(len(h))]
print(out, h)

# === heapify / heapreplace / heappushpop ===
data = [9, 4, 7, 1, 8, 2, 6, 3, 5]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, 0), heappushpop(data, 11), data)
empty = []
print(heappushpop(empty, 3), empty)

# === tuples as priorities ===
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heappush(tasks, (prio, name))
while tasks:
    print(heappop(tasks), end=" ")
print()

# === dijkstra ===
graph = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {}}
dist = {"A": 0}
pq = [(0, "A")]
while pq:
    d, node = heappop(pq)
    if d > dist.get(node, float("inf")):
        continue
    for nxt, w in graph[node].items():
        nd = d + w
        if nd < dist.get(nxt, float("inf")):
            dist[nxt] = nd
            heappush(pq, (nd, nxt))
print(sorted(dist.items()))

# === top-k ===
scores = {"ann": 88, "bob": 95, "cid": 70, "dee": 95, "eve": 60}
print(nlargest(3, scores, key=scores.get), nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(nlargest(2, [3, 1, 4, 1, 5, 9, 2, 6]), nsmallest(3, [3, 1, 4, 1, 5, 9, 2, 6]), nlargest(0, [1]), nsmallest(10, [2, 1]))
print(nlargest(1, []), nsmallest(1, "hello"), nlargest(2, ["a", "bb", "cc", "d"], key=len))

# === merge ===
print(list(merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(merge([9, 5, 1], [8, 2], reverse=True)), list(merge()), list(merge([], [1])))
m = merge(iter([1, 3]), iter([2]))
print(next(m), list(m))

# === max-heap by negation, objects with __lt__ ===
mh = []
for v in [3, 10, 6]:
    heappush(mh, -v)
print([-heappop(mh) for _ in range(3)])
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, other):
        return self.p < other.p
jobs = [Job(2, "b"), Job(1, "a"), Job(3, "c")]
heapify(jobs)
print([heappop(jobs).n for _ in range(3)])

# === errors ===
for thunk in [
    lambda: heappop([]),
    lambda: heapreplace([], 1),
    lambda: heappush((), 1),
    lambda: heapify({}),
    lambda: heappush([1]),
    lambda: heappush([1, "a"], 2),
    lambda: nlargest("2", [1]),
    lambda: heappush([object()], object()),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
