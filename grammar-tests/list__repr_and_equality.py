# === repr ===
print([], [1], [1, "a", None, 2.5, True], [[], [[]]], ["it's", 'q"'], [(1,), {"a": 1}, {2}], [b"x", range(3), slice(1)])
a = [1, 2]
a.append(a)
print(a, [a, a])

# === equality and identity ===
x = [1, [2, 3]]
y = [1, [2, 3]]
print(x == y, x is y, x[1] == y[1], x[1] is y[1], [1, 2] == [1.0, 2.0], [] == [], [0] == [False])
nan = float("nan")
print([nan] == [nan], nan in [nan], [1, 2] != [1, 2, 3])

# === str(list) uses repr of items ===
items = ["a", 1, "b"]
print(str(items), f"{items}", "%s" % [items], ", ".join(map(str, items)), ", ".join(map(repr, items)))
