class Item:
    def __init__(self, name, weight, value, kind="misc"):
        self.name, self.weight, self.value, self.kind = name, weight, value, kind
    def __repr__(self):
        return f"{self.name}({self.weight}kg, {self.value}g)"

class Inventory:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
    @property
    def weight(self):
        return round(sum(i.weight for i in self.items), 2)
    def add(self, item):
        if self.weight + item.weight > self.capacity:
            return False
        self.items.append(item)
        return True
    def drop_cheapest(self):
        if not self.items:
            return None
        worst = min(self.items, key=lambda i: i.value / i.weight)
        self.items.remove(worst)
        return worst
    def by_kind(self):
        groups = {}
        for i in self.items:
            groups.setdefault(i.kind, []).append(i.name)
        return {k: sorted(v) for k, v in sorted(groups.items())}

loot = [
    Item("sword", 3.5, 120, "weapon"), Item("shield", 5.0, 80, "armor"),
    Item("potion", 0.5, 30, "consumable"), Item("gem", 0.1, 500),
    Item("anvil", 25.0, 40), Item("bow", 2.0, 90, "weapon"),
    Item("potion", 0.5, 30, "consumable"), Item("helmet", 2.5, 60, "armor"),
]

bag = Inventory(capacity=12)
for item in loot:
    if bag.add(item):
        print(f"picked {item!r:<26} load {bag.weight:>5}/{bag.capacity}")
    else:
        dropped = bag.drop_cheapest()
        print(f"full for {item.name}: dropped {dropped.name}")
        print("  retry:", "ok" if bag.add(item) else "still too heavy")
print(bag.by_kind())
print("value:", sum(i.value for i in bag.items), "weight:", bag.weight)

# === best value subset by brute force over the leftover loot ===
pool = loot[:6]
best = (0, ())
for mask in range(1 << len(pool)):
    chosen = [pool[i] for i in range(len(pool)) if mask >> i & 1]
    if sum(i.weight for i in chosen) <= 8:
        best = max(best, (sum(i.value for i in chosen), tuple(i.name for i in chosen)))
print(best)
