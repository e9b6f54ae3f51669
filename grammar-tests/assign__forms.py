# === chained assignment shares one object ===
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)

# === chained assignment evaluation order: left to right targets ===
items = [0, 0, 0]
i = 0
i = items[i] = 2
print(i, items)

# === annotated assignment ===
count: int = 0
name: str = "widget"
ratio: float
ratio = 0.5
scores: list[int] = [1, 2]
print(count, name, ratio, scores)

def annotated(n: int, label: str = "x") -> str:
    result: str = label * n
    return result

print(annotated(3), annotated(2, label="ab"))

class Config:
    debug: bool = False
    level: int = 3
    name: str

print(Config.debug, Config.level, hasattr(Config, "name"))

# === tuple/list targets with attributes and subscripts ===
class Obj:
    pass

o = Obj()
d = {}
o.a, d["k"], items[1] = "attr", "item", "sub"
print(o.a, d, items)

# === evaluation order of right-hand side ===
a, b = 1, 2
a, b = b, a + b
print(a, b)
xs = [1, 2, 3]
i = 0
i, xs[i] = 1, 99
print(i, xs)

# === augmented assignment evaluates target once ===
calls = []
def idx():
    calls.append("idx")
    return 0

vals = [10]
vals[idx()] += 5
print(vals, calls)
