# === del names ===
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c)

# === del list items and slices ===
nums = list(range(10))
del nums[0]
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
try:
    del nums[100]
except IndexError as e:
    print("IndexError:", e)

# === del dict keys ===
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

# === del attributes ===
class Thing:
    kind = "class-level"

t = Thing()
t.kind = "instance-level"
t.extra = 1
print(t.kind)
del t.kind
print(t.kind)
del t.extra
print(hasattr(t, "extra"))
try:
    del t.extra
except AttributeError as e:
    print("AttributeError:", e)

# === del inside function makes local unbound ===
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(f())

# === del of nested structures ===
grid = [[1, 2], [3, 4]]
del grid[0][1]
print(grid)
nested = {"outer": {"inner": 1, "keep": 2}}
del nested["outer"]["inner"]
print(nested)
