# allow-import: collections
from collections import deque

# === bounded history ===
history = deque(maxlen=3)
for cmd in ['ls', 'cd', 'pwd', 'git status', 'make']:
    history.append(cmd)
    print(list(history))
print(history.maxlen, len(history), repr(history))

# === appendleft drops from the right ===
d = deque([1, 2, 3], maxlen=3)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([10, 11])
print(d)

# === maxlen zero and None ===
z = deque(maxlen=0)
z.append(1)
print(z, deque([1, 2]).maxlen)

# === moving average ===
def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out
print(moving_average([1, 2, 3, 4, 5, 6, 7], 3))

# === tail of a sequence ===
lines = [f'line {i}' for i in range(10)]
print(list(deque(lines, maxlen=2)))

# === errors ===
for bad in (-1, 'x'):
    try:
        deque(maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError as e:
    print('AttributeError', e)
