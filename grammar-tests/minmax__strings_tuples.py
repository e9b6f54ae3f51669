# === strings compare by code point ===
print(max(["apple", "Apple", "APPLE"]), min(["apple", "Apple", "APPLE"]), max("Zebra", "apple"), min(["é", "z", "e"]), max([""] + ["a"]))

# === tuples compare element-wise ===
print(max([(1, "z"), (2, "a"), (2, "b")]), min([(0, 5), (0, -5)]), max([(1,), (1, 0)]), min([((1, 2), 3), ((1, 1), 9)]))

# === key returning tuples for tie-breaks ===
runs = [("ann", 12.5, 3), ("bob", 12.5, 1), ("cy", 11.0, 2)]
print(min(runs, key=lambda r: (r[1], r[2])), max(runs, key=lambda r: (r[1], -r[2])))

# === max/min over dict items ===
inventory = {"bolts": 120, "nuts": 120, "gears": 4}
print(max(inventory.items(), key=lambda kv: (kv[1], kv[0])), min(inventory, key=lambda k: (inventory[k], k)))
