# === basic ===
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")

# === only chosen branch evaluated ===
def boom():
    raise RuntimeError("should not run")

x = 1
y = "safe" if x else boom()
print(y)
z = boom() if not x else "also safe"
print(z)

# === in expressions ===
vals = [5, 12, 7, 20]
print([v if v < 10 else 10 for v in vals])
print(sum(v if v % 2 else -v for v in vals))
label = "even" if len(vals) % 2 == 0 else "odd"
print(f"{len(vals)} items ({label})")

# === nested with lambda ===
sign = lambda v: -1 if v < 0 else (1 if v > 0 else 0)
print([sign(v) for v in (-5, 0, 9)])
fizz = lambda i: "FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i)
print(" ".join(fizz(i) for i in range(1, 16)))

# === precedence ===
print(1 + 2 if False else 3 + 4)
print((1 if True else 2) * 10, 1 if True else 2 * 10)
a = b = None
print(a.upper() if a is not None else "none", (b or "x") * 2)
