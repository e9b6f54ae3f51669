# allow-import: heapq
# A comparison that changes the heap's size fails as in CPython; one that only
# reads it sees the heap as it is, mid-operation.
import heapq

class Shrinker:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        if self.heap:
            self.heap.pop()
        return self.v < other.v

heap = []
for v in [5, 3]:
    heapq.heappush(heap, Shrinker(v, None))
item = Shrinker(1, heap)
try:
    heapq.heappush(heap, item)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(heap))

seen = []
class Watcher:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        seen.append(len(self.heap))
        return self.v < other.v

h = []
for v in [9, 4, 7, 1, 8, 2]:
    heapq.heappush(h, Watcher(v, h))
print([w.v for w in h], seen)
seen.clear()
print(heapq.heappop(h).v, [w.v for w in h], seen)

# Large heaps stay fast: pushes and pops are O(log n).
big = []
for i in range(50000):
    heapq.heappush(big, (i * 7919) % 50021)
out = [heapq.heappop(big) for _ in range(5)]
print(out, len(big))
heapq.heapify(big)
print(heapq.heappushpop(big, -1), heapq.heapreplace(big, 10**6), big[0])
