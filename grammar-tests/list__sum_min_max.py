# === aggregate functions over lists ===
nums = [4, -2, 7, 0, 7, 3]
print(sum(nums), min(nums), max(nums), len(nums), sum(nums) / len(nums), sorted(nums)[len(nums) // 2], nums.count(7), nums.index(7))
print(sum(x for x in nums if x > 0), max(nums, key=abs), min(nums, key=lambda x: (x % 3, x)), sum([]), max([], default=None))

# === nested lists ===
grid = [[3, 8, 1], [9, 2, 7], [4, 6, 5]]
print([max(r) for r in grid], max(map(max, grid)), min(min(r) for r in grid), sum(map(sum, grid)), max(grid, key=sum), sorted(grid, key=lambda r: r[1]))
print([sum(col) for col in zip(*grid)], [grid[i][i] for i in range(3)], sum(grid[i][2 - i] for i in range(3)))

# === running totals ===
total = 0
running = []
for x in nums:
    total += x
    running.append(total)
print(running, max(running), running.index(max(running)))
