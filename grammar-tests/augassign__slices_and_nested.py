# === augmented assignment on slices ===
a = [1, 2, 3, 4, 5]
a[1:3] += ["x"]
print(a)
a[::2] *= 1
print(a)
b = [[0] * 3 for _ in range(2)]
b[1][2] += 5
b[0][0] -= 1
print(b)

# === nested dict counters ===
stats = {"hits": {"a": 0}, "misses": 0}
for key in "abab":
    stats["hits"][key] = stats["hits"].get(key, 0) + 1
    stats["misses"] += key == "b"
print(stats)

# === augmented assignment through attributes of attributes ===
class Box:
    def __init__(self):
        self.inner = None
class Inner:
    def __init__(self):
        self.n = 1
        self.items = []
box = Box()
box.inner = Inner()
box.inner.n *= 10
box.inner.n **= 2
box.inner.items += [1, 2]
box.inner.items *= 2
print(box.inner.n, box.inner.items)

# === string building ===
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
t = ()
for i in range(3):
    t += (i,)
print(t)
