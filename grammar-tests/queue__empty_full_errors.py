# allow-import: queue
import queue

# === bounded queue ===
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.full(), q.qsize(), q.maxsize)
try:
    q.put_nowait(3)
except queue.Full:
    print('Full')
try:
    q.put(3, block=False)
except queue.Full as e:
    print('Full again', repr(e))

# === empty queue ===
e = queue.Queue()
try:
    e.get_nowait()
except queue.Empty:
    print('Empty')
try:
    e.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    queue.LifoQueue().get(block=False)
except queue.Empty:
    print('LIFO empty')

# === task_done too often ===
try:
    queue.Queue().task_done()
except ValueError as err:
    print('ValueError', err)

# === exception classes ===
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Empty.__name__)
