# === list methods ===
xs = [5, 3, 8, 1]
xs.append(9); xs.insert(0, 0); xs.insert(-1, 7); xs.insert(100, 10)
print(xs, xs.pop(), xs.pop(0), xs.index(8), xs.count(3))
xs.remove(3); xs.extend((4, 4)); print(xs)
xs.sort(); print(xs); xs.sort(reverse=True); print(xs); xs.reverse(); print(xs)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), min(words), max(words, key=len))
print([1, 2] * 2, [[0] * 2 for _ in range(2)], list(reversed([1, 2, 3])), xs[::2], xs[-2:], xs.copy() is xs)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
# === tuple ===
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], (1,) < (1, 2), tuple([1]), tuple("ab"))
# === dict methods ===
d = {"a": 1, "b": 2}
d.update({"c": 3}, d=4); d.update([("e", 5)])
print(d, d.get("z"), d.get("z", 0), d.setdefault("f", 6), d.setdefault("a", 100), d.pop("b"), d.pop("zz", None))
print(list(d.keys()), list(d.values()), list(d.items())[:2], len(d), "a" in d, d.popitem())
print(dict.fromkeys("xy", 0), dict(zip("ab", [1, 2])), dict(a=1, **{"b": 2}), {**d, "a": 0})
print(d.keys(), d.values(), d.items())
print({1: "a"} | {2: "b"}, d.keys() & {"a", "zz"}, sorted(d.keys() - {"a"}))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
c = d.copy(); c.clear(); print(c, d == dict(d), {1: 2} == {1: 2.0})
# === set methods ===
s = {3, 1, 2}
s.add(5); s.discard(9); s.remove(1)
print(sorted(s), len(s), 2 in s, sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {2, 7}))
print(sorted(s.union([10], (11,))), s.issubset({2, 3, 5, 8}), s.issuperset({2}), s.isdisjoint({100}), frozenset([1, 1]) == {1})
fs = frozenset({1, 2})
print(sorted(fs | {3}), type(fs | {3}).__name__, type({3} | fs).__name__, set(), frozenset())
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
