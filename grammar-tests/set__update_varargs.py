# === methods take many iterables ===
s = {1}
s.update([2], (3,), range(4, 6), "7")
print(sorted(s, key=str))
print(sorted({1, 2, 3}.union([4], {5}, (6,))), sorted({1, 2, 3, 4}.intersection({1, 2, 3}, [2, 3], (3, 2, 9))), sorted({1, 2, 3, 4}.difference([1], {2})))
t = {1, 2, 3, 4, 5}
t.intersection_update([1, 2, 3], {2, 3, 4})
print(sorted(t))
t.difference_update({2}, [99])
print(sorted(t))
print(sorted(set().union(*[[1, 2], [2, 3], [3, 4]])), sorted({0}.union()), set.union({1}, {2}) == {1, 2})

# === symmetric_difference takes one ===
print(sorted({1, 2}.symmetric_difference([2, 3])))
try:
    {1}.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.intersection(None)
except TypeError as e:
    print(type(e).__name__, e)
