# === add / remove / discard / pop / clear ===
s = {1, 2}
s.add(3)
s.add(2)
s.discard(10)
s.remove(1)
print(sorted(s), len(s))
p = {42}
print(p.pop(), p)
s.clear()
print(s, type(s).__name__)

# === named set algebra ===
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (10,), range(2))), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint("xyz"))

# === in-place updates ===
c = {1, 2, 3}
c.update([4], {5})
print(sorted(c))
c.intersection_update({1, 2, 3, 4, 99})
print(sorted(c))
c.difference_update([1])
print(sorted(c))
c.symmetric_difference_update({3, 10})
print(sorted(c))
d = c.copy()
d.add(0)
print(sorted(c), sorted(d))

# === errors ===
for call in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.add([1]), lambda: {1}.union(5), lambda: {1}.issubset(5), lambda: {1}.remove([1]), lambda: {1}.discard({2})]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
