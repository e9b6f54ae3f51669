# === not > and > or, comparisons bind tighter than all three ===
a, b, c = True, False, True
print(a or b and c, (a or b) and c, not a or b, not (a or b))
print(a and not b or c, a and (not b or c), not a == b, (not a) == b)
print(1 < 2 and 2 < 3 or 0, 1 == 1 or 1 / 0, 0 and 1 / 0)

# === in / not in / is mixed with boolean operators ===
items = [1, 2, 3]
print(2 in items and 4 not in items, not 2 in items or None is None)
print(1 in items or [] and 1 / 0, (1 in items) is True)

# === chained comparisons vs explicit and ===
x = 5
print(1 < x < 10, 1 < x and x < 10, not 1 < x < 3, 1 < x < 3 or x > 4)

# === truth table ===
for p in (False, True):
    for q in (False, True):
        print(int(p), int(q), "|", int(p and q), int(p or q), int(not p), int(p != q), int(not (p and q)))
