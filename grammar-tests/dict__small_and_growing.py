# Dicts around the size where lookups switch from a scan of the entries to a
# hash table: order, lookups, deletions and re-insertions on both sides.


class Key:
    """Equal keys with one hash: lookups must ask __eq__."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        return "Key(%r)" % self.name


for size in (7, 8, 9, 10, 17):
    d = {}
    for i in range(size):
        d["k%d" % i] = i
    assert all(d["k%d" % i] == i for i in range(size))
    print(size, len(d), list(d)[:3], list(d)[-2:], "k3" in d, "nope" in d)

# 1, 1.0 and True are one key whatever the size.
for size in (3, 12):
    d = {i: str(i) for i in range(2, size)}
    d[1] = "int"
    d[1.0] = "float"
    d[True] = "bool"
    print(size, d[1], len(d), list(d)[-1])

# Deleting, then inserting again, crossing the threshold both ways.
d = {}
for i in range(12):
    d[i] = i * i
for i in range(0, 12, 2):
    del d[i]
print(d, len(d))
for i in range(20, 26):
    d[i] = -i
print(list(d.items())[-3:], len(d), d.get(3), d.get(4, "gone"))
while len(d) > 2:
    d.popitem()
print(d)
d.clear()
d["a"] = 1
print(d, "a" in d)

# Colliding hashes, few and many.
for size in (3, 11):
    d = {Key(str(i)): i for i in range(size)}
    print(size, d[Key("2")], Key("x") in d, len(d))
    del d[Key("1")]
    print(list(d)[:3], Key("1") in d)

# Copies and equality across the threshold.
small = {c: ord(c) for c in "abcdef"}
big = {c: ord(c) for c in "abcdefghijklmnop"}
print(small == dict(small), big == big.copy(), dict(big, z=0)["z"])
for k in "ghijklmnop":
    del big[k]
print(big == small, big)
