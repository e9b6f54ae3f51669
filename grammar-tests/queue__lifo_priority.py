# allow-import: queue
import queue

# === FIFO ===
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(3)], q.empty())

# === LIFO ===
s = queue.LifoQueue()
for ch in 'abc':
    s.put(ch)
print([s.get() for _ in range(3)])

# === priority ===
p = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
    p.put(item)
print([p.get() for _ in range(p.qsize())])

# === SimpleQueue ===
sq = queue.SimpleQueue()
sq.put('x')
sq.put_nowait('y')
print(sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())

# === task bookkeeping ===
work = queue.Queue()
for job in ['a', 'b']:
    work.put(job)
done = []
while not work.empty():
    done.append(work.get())
    work.task_done()
work.join()
print(done, work.unfinished_tasks)

# === BFS with a queue ===
graph = {1: [2, 3], 2: [4], 3: [4], 4: []}
seen, order, bq = {1}, [], queue.Queue()
bq.put(1)
while not bq.empty():
    n = bq.get()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            bq.put(m)
print(order)
