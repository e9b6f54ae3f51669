class Item:
    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, qty, price

    @property
    def value(self):
        return self.qty * self.price

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, sku, name, qty, price):
        if sku in self.items:
            self.items[sku].qty += qty
            self.log.append(f"restock {sku} +{qty}")
        else:
            self.items[sku] = Item(sku, name, qty, price)
            self.log.append(f"new {sku}")

    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if qty > item.qty:
            raise ValueError(f"cannot remove {qty} {item.name}: only {item.qty} left")
        item.qty -= qty
        self.log.append(f"sold {sku} -{qty}")
        if item.qty == 0:
            del self.items[sku]
            self.log.append(f"out of stock {sku}")

    def low_stock(self, threshold=5):
        return sorted((i for i in self.items.values() if i.qty < threshold), key=lambda i: i.qty)

    def total_value(self):
        return sum(i.value for i in self.items.values())

    def __len__(self):
        return len(self.items)

    def __contains__(self, sku):
        return sku in self.items

# === stock up ===
inv = Inventory()
inv.add("A1", "bolt", 100, 0.1)
inv.add("B2", "nut", 40, 0.05)
inv.add("C3", "gear", 3, 12.5)
inv.add("A1", "bolt", 50, 0.1)
print(len(inv), "skus, value", round(inv.total_value(), 2))

# === sell ===
orders = [("A1", 30), ("C3", 3), ("B2", 50), ("Z9", 1), ("B2", 38)]
for sku, qty in orders:
    try:
        inv.remove(sku, qty)
        print(f"sold {qty} of {sku}")
    except KeyError as e:
        print("unknown sku", e)
    except ValueError as e:
        print("rejected:", e)

# === report ===
print("C3" in inv, "A1" in inv, len(inv))
print("low stock:", inv.low_stock())
for line in inv.log:
    print(" -", line)
print(f"remaining value: {inv.total_value():.2f}")
