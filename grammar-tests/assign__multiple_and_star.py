# === tuple and list targets ===
a, b = 1, 2
[c, d] = "xy"
(e, f), g = [3, 4], 5
print(a, b, c, d, e, f, g)

# === starred in the middle and at the ends ===
first, *rest = range(5)
*init, last = "hello"
head, *mid, tail = [1, 2]
print(first, rest, init, last, head, mid, tail)

# === starred target inside nested targets ===
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)

# === for loop targets ===
for i, (name, *scores) in enumerate([("a", 1, 2), ("b",), ("c", 3)]):
    print(i, name, scores, sum(scores))

# === wrong lengths ===
def attempt(fn):
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)

def too_many():
    a, b = 1, 2, 3
def too_few():
    a, b, c = [1, 2]
def star_short():
    a, b, *c = [1]
def not_iter():
    a, b = 5
def from_dict():
    k1, k2 = {"x": 1, "y": 2}
    print("dict keys:", k1, k2)

for fn in (too_many, too_few, star_short, not_iter, from_dict):
    attempt(fn)
