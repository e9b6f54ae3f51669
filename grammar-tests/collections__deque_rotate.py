# allow-import: collections
from collections import deque

# === rotate ===
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d)

# === indexing and slicing-like access ===
print(d[0], d[-1], d.index(4), d.count(1))
d[1] = 'x'
del d[0]
print(d)
d.insert(2, 'ins')
print(d, len(d))

# === remove, reverse, clear ===
d.remove('x')
d.reverse()
print(d)
print(d.pop(), d.popleft(), d)
d.clear()
print(d, bool(d))

# === errors ===
for action in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5), lambda: deque([1])[3], lambda: deque([1]).index(9)]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

# === round robin scheduler ===
tasks = deque([('a', 3), ('b', 1), ('c', 2)])
order = []
while tasks:
    name, left = tasks.popleft()
    order.append(name)
    if left > 1:
        tasks.append((name, left - 1))
print(''.join(order))

# === comparisons and copies ===
a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(a == deque([1, 2, 3]), a < b, a + b, a * 2, 3 in a)
