# === the same sequence as generator function and expression ===
def squares_fn(n):
    for i in range(n):
        if i % 2:
            yield i * i

squares_gx = lambda n: (i * i for i in range(n) if i % 2)
print(list(squares_fn(10)), list(squares_gx(10)), list(squares_fn(10)) == list(squares_gx(10)))

# === both are iterators with the same protocol ===
for g in (squares_fn(4), squares_gx(4)):
    print(type(g).__name__, next(g), next(g, "end"), next(g, "end"))

# === generator functions can hold state between yields in locals ===
def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur

print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))

# === deltas of a series via generator expression over pairwise ===
series = [3, 7, 6, 10, 15]
print([b - a for a, b in pairwise(series)], max(b - a for a, b in pairwise(series)))

# === nested generator expressions ===
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix), list(x for row in matrix for x in row if x % 2 == 0))
