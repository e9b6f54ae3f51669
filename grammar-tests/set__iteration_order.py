# === sets print in CPython's table order ===
print({3, 1, 2}, set([10, 5, 33, 7, 1, 100, 64]), {(1, 2), (0, 0), (5, -1)}, set(range(20, 0, -3)))
a = {1, 2, 3, 40, 17, 9}
b = {9, 40, 100, 3}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
a.add(-5); a.add(16); a.discard(2); print(a, a.pop(), a)
c = set(); 
for i in [8, 16, 24, 1, 9]: c.add(i)
print(c, {x * 7 % 13 for x in range(13)}, frozenset([5, 3, 9]), set({"k": 1, 3: 2}.keys() - {"k"}))
d = {1, 2, 3}; d |= {100, 50}; d ^= {1, 7}; d -= {3}; print(d, d.union([8], {9}), d.intersection({2, 50, 8}))
print(list({-1, -2, 2**62, 2**70, 1.5, 0.5, True}), set("")) 
s = set(range(100)); print(sum(s), list(s)[:5], [x for x in {32, 64, 96, 0}])
