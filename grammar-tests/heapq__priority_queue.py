# allow-import: heapq, itertools
import heapq
import itertools

# === task queue with priorities ===
pq = []
counter = itertools.count()
for prio, task in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    heapq.heappush(pq, (prio, next(counter), task))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])

# === dijkstra ===
graph = {'A': {'B': 1, 'C': 4}, 'B': {'C': 2, 'D': 5}, 'C': {'D': 1}, 'D': {}}
def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist
print(dijkstra('A'))

# === k-way smallest pairs ===
a, b = [1, 7, 11], [2, 4, 6]
print(heapq.nsmallest(4, ((x + y, x, y) for x in a for y in b)))

# === max-heap by negation ===
h = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(h, -v)
print([-heapq.heappop(h) for _ in range(3)])
