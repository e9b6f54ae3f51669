# === positional and keyword ===
def describe(name, age, city="unknown"):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30))
print(describe("Bob", 25, "Paris"))
print(describe(age=40, name="Cy"))
print(describe("Di", city="Rome", age=22))

# === *args ===
def total(*nums):
    return sum(nums), type(nums).__name__, len(nums)

print(total(), total(1), total(1, 2, 3))
print(total(*range(5)))

# === **kwargs ===
def tags(**attrs):
    return " ".join(f'{k}="{v}"' for k, v in attrs.items())

print(tags(id="main", cls="big"))
print(tags(**{"a": 1, "b": 2}, c=3))
print(repr(tags()))

# === everything together ===
def everything(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))
print(everything(*[10, 20, 30], c=0, **{"d": 1, "z": 9}))

# === forwarding ===
def wrapper(*args, **kwargs):
    return describe(*args, **kwargs)

print(wrapper("Eve", age=50, city="Oslo"))

# === keyword argument order preserved ===
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
