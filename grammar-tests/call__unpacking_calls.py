def point(x, y, z=0):
    return f"({x}, {y}, {z})"

# === star and double-star at call sites ===
coords = [1, 2]
opts = {"z": 3}
print(point(*coords), point(*coords, **opts), point(*[1, 2, 3]))
print(point(**{"x": 9, "y": 8}), point(1, **{"y": 2}), point(*(), x=0, y=0))

# === multiple star args and mixing ===
def collect(*args, **kwargs):
    return args, kwargs

print(collect(*[1, 2], 3, *(4,), *"ab"))
print(collect(**{"a": 1}, b=2, **{"c": 3}))
print(collect(*range(3), *{5: None}, key=None))

# === errors from unpacking at call sites ===
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    point(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **{"x": 1, "y": 2})
except TypeError as e:
    print("TypeError:", e)

# === forwarding wrappers preserve arguments ===
def logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} args={args} kwargs={kwargs}")
        return func(*args, **kwargs)
    return wrapper

logged_point = logged(point)
print(logged_point(1, y=5))
print(logged(max)([3, 7], default=0))

# === builtins with star-args ===
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)), max(*rows[0]), list(map(max, *rows)))
print(*[f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()], sep="&")
