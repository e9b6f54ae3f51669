# === lambdas as sort keys ===
inventory = [("pears", 3, 1.5), ("apples", 10, 0.5), ("kiwis", 3, 2.25), ("figs", 7, 3.0)]
print(sorted(inventory, key=lambda r: r[1]))
print(sorted(inventory, key=lambda r: (-r[1], r[0])))
print(sorted(inventory, key=lambda r: r[1] * r[2], reverse=True))
print(max(inventory, key=lambda r: r[2])[0], min(inventory, key=lambda r: len(r[0]))[0])

# === lambda with default args and conditional expression ===
classify = lambda n, zero="zero": zero if n == 0 else ("pos" if n > 0 else "neg")
print([classify(n) for n in (-2, 0, 5)], classify(0, zero="nil"))

# === lambdas returning tuples and lambdas ===
swap = lambda a, b: (b, a)
adder = lambda n: lambda x: x + n
print(swap(1, 2), adder(3)(4), (lambda: (lambda: "deep"))()())

# === immediately invoked ===
print((lambda x, y=10, *rest, **kw: (x, y, rest, kw))(1, 2, 3, k=4))

# === lambda with star args ===
total = lambda *xs: sum(xs)
merge = lambda **kw: dict(sorted(kw.items()))
print(total(), total(1, 2, 3), merge(b=2, a=1))
