# === lambda parameters shadow outer names ===
x = "outer"
f = lambda x: x * 2
print(f(3), x)

# === lambda in class body cannot see class names when called later ===
class Config:
    scale = 3
    apply = lambda self, v: v * self.scale
    direct = staticmethod(lambda v: v + 1)

print(Config().apply(5), Config.direct(5))

# === lambda inside comprehension captures comprehension variable ===
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print({k: fn(10) for k, fn in adders.items()})

# === recursive lambda through its name ===
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))

# === lambda with walrus in body ===
g = lambda items: [y for v in items if (y := v * 2) > 4]
print(g([1, 2, 3, 4]))

# === lambda default evaluated once ===
import_count = []
h = lambda acc=import_count: acc.append(1) or len(acc)
print(h(), h(), h([]), import_count)
