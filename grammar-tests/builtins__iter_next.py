# === iter over builtins ===
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("hé")
print(next(s), next(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
r = iter(range(2, 6, 2))
print(list(r), list(r))

# === iter of an iterator is itself ===
g = (x for x in range(3))
print(iter(g) is g, next(g), list(g))

# === two-argument iter ===
values = [5, 4, 3, 0, 2]
pos = [0]
def read():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)), pos[0])

# === user iterator class ===
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), next(c, "done"), list(Countdown(2)))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItemOnly()), list(iter(GetItemOnly())))

# === chunking ===
data = list(range(7))
it = iter(data)
chunks = []
while True:
    chunk = [x for _, x in zip(range(3), it)]
    if not chunk:
        break
    chunks.append(chunk)
print(chunks)

# === errors ===
for bad in [5, None, 2.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
