# allow-import: collections
from collections import deque

# === construction and repr ===
print(deque())
print(deque([1, 2, 3]))
print(deque("abc"))
print(deque(range(10), maxlen=3))
print(deque([1, 2], maxlen=0), deque(maxlen=4).maxlen, deque().maxlen)
print(deque(iterable=[5], maxlen=2))

# === both ends ===
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.extend([3, 4])
d.extendleft("ab")
print(d, len(d))
print(d.pop(), d.popleft(), d)
print(bool(d), bool(deque()))

# === maxlen drops from the other end ===
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window))
window.appendleft(-1)
print(window)
window.extendleft([10, 11])
print(window)

# === rotate ===
r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-4)
print(r)
r.rotate(13)
print(r)
e = deque()
e.rotate(5)
print(e)

# === indexing and mutation ===
q = deque([10, 20, 30, 40])
print(q[0], q[-1], q[2])
q[1] = 21
del q[0]
print(q)
q.insert(1, 25)
q.insert(-100, 1)
q.insert(100, 99)
print(q)
q.remove(25)
print(q, q.index(30), q.count(99), 40 in q, 41 in q)
q.reverse()
print(q)
c = q.copy()
c.append("copy")
print(q, c)
q.clear()
print(q, len(q))

# === comparisons and operators ===
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque([1]) <= deque([1]))
print(deque([1, 2]) + deque([3]), deque("ab") * 2, deque([1], maxlen=2) * 3)
acc = deque([1])
alias = acc
acc += [2, 3]
print(acc, alias is acc, alias)
print(list(reversed(list(deque([1, 2, 3])))), sorted(deque([3, 1, 2])))

# === iteration ===
it = deque([1, 2, 3])
print([x * 2 for x in it], list(enumerate(it)), max(it), min(it))
try:
    for x in it:
        it.append(x)
except RuntimeError as err:
    print("RuntimeError:", err)

# === errors ===
for thunk in [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])[1:2],
    lambda: deque([1]).remove(7),
    lambda: deque([1, 2]).index(7),
    lambda: deque(maxlen=-1),
    lambda: deque(maxlen="3"),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: deque([1]) + [2],
    lambda: hash(deque()),
    lambda: deque([1]) < [1],
    lambda: deque().append(),
    lambda: deque().pop(0),
    lambda: deque(1),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
