# === starred in list/tuple/set literals ===
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 99, *b, *"xy"])
print(sorted({*a, *b, 1}), [*range(3)], (*a,))
print([*[], *()], [*{"k": 1, "j": 2}])

# === dict unpacking ===
defaults = {"color": "red", "size": "M"}
overrides = {"size": "L", "qty": 2}
print({**defaults, **overrides})
print({**overrides, **defaults})
print({"id": 1, **defaults, "color": "blue"})
print({**{}, "a": 1})

# === star in calls ===
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show(*a, *b)
show(*"ab", 0, *[9])
show(**defaults)
show(1, *a, key="v", **overrides)
nums = [5, 1, 4]
print(max(*nums), min(*nums, 0), sum([*nums, 10]))
print(*nums)
print(*nums, sep=", ")
print(*"abc", sep="-", end="!\n")

# === zip(*) transposition ===
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
names, ages = zip(*[("ann", 31), ("bob", 25)])
print(names, ages)
