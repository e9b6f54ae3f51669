# === star in list/tuple/set displays ===
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0, *b), {*a, *a}, [*"hi", *range(2)])
print((*a,), [*()], [*{}])

# === double star in dict displays ===
base = {"x": 1, "y": 2}
over = {"y": 20, "z": 30}
print({**base, **over}, {**over, **base}, {"w": 0, **base, "x": 100})
print({**{}}, {**dict(a=1), "b": 2})

# === star in calls ===
def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"

print(show(*a, *b))
print(show(*a, 9, *b, k=1, **{"m": 2}))
print(show(**base, **over2) if (over2 := {"q": 5}) else None)

# === duplicate keyword from unpacking ===
try:
    show(**base, **{"x": 9})
except TypeError as e:
    print("TypeError:", e)

# === star with non-iterable ===
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    show(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    {**[("a", 1)]}
except TypeError as e:
    print("TypeError:", e)
