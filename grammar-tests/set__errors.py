# === unhashable members ===
for bad in [[1], {"a": 1}, {1}, ([1],)]:
    try:
        {1, bad}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([[1, 2]])
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
for call in [lambda: s.add([3]), lambda: s.remove(9), lambda: s.remove([1]), lambda: set().pop(), lambda: s.discard([1]), lambda: [1] in s]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

# === sets are not indexable or ordered ===
for call in [lambda: s[0], lambda: s + {3}, lambda: s * 2, lambda: sorted([1, "a"])]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(s))
