# allow-import: collections
from collections import Counter

# === counting ===
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c["the"], c["dog"], "dog" in c, len(c))
print(c.most_common(2), c.most_common(0), c.most_common(-3))
print(c.most_common())
print(Counter(), Counter("mississippi"), Counter(a=3, b=1), Counter({"x": 2, "y": 5}))
print(c.total(), sum(c.values()), sorted(c))

# === update and subtract ===
inv = Counter(apples=3, pears=1)
inv.update(["apples", "kiwis", "kiwis"])
inv.update({"pears": 4}, plums=2)
print(inv)
inv.subtract(["kiwis"])
inv.subtract({"apples": 10})
inv.subtract(plums=1)
print(inv)
inv["figs"] += 1
inv["apples"] -= 1
print(inv)
del inv["nothing"]
del inv["figs"]
print(inv, inv.get("figs"), inv.get("figs", 0))

# === arithmetic keeps positive counts ===
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=1)
y = x
x += Counter(a=2, b=-1)
print(x, y is x)
x -= Counter(a=5)
print(x)
x |= Counter(z=2)
print(x)
x &= Counter(z=1)
print(x)

# === elements and comparisons ===
print(sorted(Counter(a=2, b=3, c=0, d=-1).elements()))
print(list(Counter("aab").elements()))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3), Counter(a=3, b=1) >= Counter(a=1), Counter() > Counter())
print(isinstance(c, dict), isinstance(c, Counter), type(c).__name__)

# === dict behaviour ===
d = Counter("abca")
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.setdefault("q", 7), d)
print(dict(d), d.copy(), d.copy() == d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
for k, v in Counter("hello").items():
    print(k, v, end="; ")
print()
print(Counter(["a", 1, "a", 1, 1]).most_common(1))

# === errors ===
for thunk in [
    lambda: Counter(5),
    lambda: Counter("ab", "cd"),
    lambda: Counter(a=1) + {"a": 1},
    lambda: hash(Counter()),
    lambda: Counter.fromkeys("abc"),
    lambda: list(Counter(a=1.5).elements()),
    lambda: Counter().update(3),
    lambda: Counter(a=1) < 3,
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
