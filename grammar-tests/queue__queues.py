# allow-import: queue
import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

# === FIFO ===
q = Queue()
for item in ["a", "b", "c"]:
    q.put(item)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print(q.get(), q.get_nowait(), q.qsize())
q.put_nowait("d")
print([q.get() for _ in range(q.qsize())], q.empty())

# === LIFO and priority ===
s = LifoQueue()
for i in range(4):
    s.put(i)
print([s.get() for _ in range(4)])
pq = PriorityQueue()
for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(job)
print([pq.get() for _ in range(pq.qsize())])
sq = SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())

# === bounded queues ===
b = Queue(maxsize=2)
b.put(1)
b.put(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except Full:
    print("Full raised", b.qsize())
try:
    b.put(3, block=False)
except queue.Full as e:
    print("Full again", repr(e))
print(b.get(), b.full())

# === empty queues ===
e = Queue()
for thunk in [e.get_nowait, lambda: e.get(block=False), lambda: e.get(timeout=0.01), LifoQueue().get_nowait, PriorityQueue().get_nowait, SimpleQueue().get_nowait]:
    try:
        thunk()
    except Empty as exc:
        print("Empty:", repr(exc), isinstance(exc, Exception))

# === worker loop with task_done ===
work = Queue()
for n in range(1, 6):
    work.put(n)
results = []
while not work.empty():
    n = work.get()
    results.append(n * n)
    work.task_done()
work.join()
print(results)
try:
    work.task_done()
except ValueError as err:
    print("ValueError:", err)

# === BFS with a queue ===
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen, order = {1}, []
frontier = Queue()
frontier.put(1)
while not frontier.empty():
    node = frontier.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.put(nxt)
print(order)

# === argument errors ===
for thunk in [
    lambda: Queue().put(),
    lambda: Queue().get(True, -1),
    lambda: Queue(1, 2),
    lambda: SimpleQueue(3),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

# === class reprs ===
print(Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full)
