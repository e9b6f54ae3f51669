# === repr ===
print((), (1,), (1, 2), ((),), ((1,),), ("a", None, 1.5, True), (("x", [1]), {"k": (2,)}), tuple("ab"))
print(str((1, "a")), repr(("it's",)), [(1, 2), (3, 4)], {(1, 2): (3,)})

# === nesting and sorting records ===
rows = [("ann", (2, 14)), ("bob", (1, 30)), ("cy", (2, 3))]
print(sorted(rows, key=lambda r: r[1]), min(rows, key=lambda r: r[1][1]))
for name, (month, day) in rows:
    print(f"{name}: {month:02d}/{day:02d}")

# === tuples as multi-keys ===
sales = {}
for region, product, qty in [("n", "a", 3), ("s", "a", 1), ("n", "a", 2), ("n", "b", 7)]:
    sales[(region, product)] = sales.get((region, product), 0) + qty
print(sorted(sales.items()))
print(tuple(sorted(((b, a) for a, b in sales), reverse=True)))
