# === removing items while iterating backwards ===
nums = [1, 2, 3, 4, 5, 6, 7, 8]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print(nums)

# === deleting keys collected first ===
scores = {"ann": 90, "bob": 45, "cy": 72, "di": 30}
failing = [name for name, s in scores.items() if s < 50]
for name in failing:
    del scores[name]
print(scores)

# === del with tuple of targets ===
a = [0, 1, 2, 3, 4, 5]
del a[0], a[0]
print(a)
x, y, z = 1, 2, 3
del x, y
print(z)

# === del on a slice vs assignment of empty list ===
b = list(range(10))
c = list(range(10))
del b[2:8:2]
print(b)
c[2:8] = []
print(c)

# === del and then reassign ===
value = "first"
del value
value = "second"
print(value)

# === del in a function only affects the local name ===
shared = [1, 2, 3]
def drop(lst):
    del lst[0]
    del lst
    return "local name removed"
print(drop(shared), shared)

# === del of a global inside a function ===
temp = "temporary"
def cleanup():
    global temp
    del temp
cleanup()
try:
    temp
except NameError as e:
    print("NameError:", e)

# === del on instance attribute falls back to class attribute ===
class Defaults:
    color = "blue"

d = Defaults()
d.color = "red"
print(d.color)
del d.color
print(d.color)
try:
    del d.color
except AttributeError as e:
    print("AttributeError:", e)
