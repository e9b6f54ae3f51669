# === nested tuple unpacking in for loops ===
records = [("ann", (31, "NY")), ("ben", (25, "LA")), ("cy", (40, "SF"))]
for name, (age, city) in records:
    print(f"{name:<4}{age:>3} {city}")

# === unpacking dict items and enumerate together ===
stock = {"apple": 3, "pear": 0, "fig": 12}
for i, (fruit, qty) in enumerate(stock.items(), start=1):
    print(i, fruit, qty)

# === zip with star for transpose ===
matrix = [[1, 2, 3], [4, 5, 6]]
cols = list(zip(*matrix))
print(cols)
rows_back = [list(r) for r in zip(*cols)]
print(rows_back == matrix)

# === deep nesting ===
((a, b), (c, (d, e))), f = ((1, 2), (3, (4, 5))), 6
print(a, b, c, d, e, f)
[x, [y, [z]]] = [7, (8, "9")]
print(x, y, z)

# === unpacking strings, ranges, generators ===
p, q, r = "abc"
s, t = range(2)
u, v, w = (i * i for i in range(3))
print(p, q, r, s, t, u, v, w)
first, second = sorted({"b": 1, "a": 2})
print(first, second)
