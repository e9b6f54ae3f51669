# === removing all occurrences ===
data = [1, 2, 3, 2, 4, 2]
while 2 in data:
    data.remove(2)
print(data)
data = [1, 2, 3, 2, 4, 2]
print([x for x in data if x != 2], list(filter(lambda x: x != 2, data)))

# === pop from the end and front ===
queue = list(range(5))
front = queue.pop(0)
back = queue.pop()
print(front, back, queue)

# === removing while iterating backwards by index ===
vals = [5, 8, 1, 9, 2, 7]
for i in range(len(vals) - 1, -1, -1):
    if vals[i] < 5:
        del vals[i]
print(vals)

# === slice deletion and clear ===
nums = list(range(10))
del nums[2:8:2]
print(nums)
nums[:] = []
print(nums, len(nums))
