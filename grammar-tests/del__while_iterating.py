# === deleting from a dict while iterating over a copy ===
inventory = {"apple": 0, "pear": 3, "fig": 0, "kiwi": 5}
for name in list(inventory):
    if inventory[name] == 0:
        del inventory[name]
print(inventory)

# === deleting from a list in reverse index order ===
nums = [5, 2, 8, 2, 9, 2]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] == 2:
        del nums[i]
print(nums)

# === deleting from dict during iteration raises ===
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

# === del with slices to keep a sliding window ===
window = []
for x in range(10):
    window.append(x)
    if len(window) > 3:
        del window[0]
print(window)
