from_csv = """sku,name,stock,reorder_at,unit_cost
A100,bolts,120,50,0.05
A200,nuts,30,50,0.04
B310,washers,0,25,0.02
C990,brackets,8,10,1.75
D001,hinges,45,20,2.10"""

# === parse the CSV text by hand ===
lines = from_csv.strip().splitlines()
header = lines[0].split(",")
items = []
for line in lines[1:]:
    row = dict(zip(header, line.split(",")))
    row["stock"] = int(row["stock"])
    row["reorder_at"] = int(row["reorder_at"])
    row["unit_cost"] = float(row["unit_cost"])
    items.append(row)

# === find what to reorder: bring stock to twice the threshold ===
orders = []
for it in items:
    if it["stock"] <= it["reorder_at"]:
        qty = it["reorder_at"] * 2 - it["stock"]
        orders.append((it["sku"], it["name"], qty, round(qty * it["unit_cost"], 2)))

print(f"{'sku':<6}{'item':<10}{'qty':>5}{'cost':>9}")
for sku, name, qty, cost in sorted(orders, key=lambda o: -o[3]):
    print(f"{sku:<6}{name:<10}{qty:>5}{cost:>9.2f}")
print(f"{'total':<21}{sum(o[3] for o in orders):>9.2f}")

# === stock value by category (first letter of sku) ===
value = {}
for it in items:
    cat = it["sku"][0]
    value[cat] = value.get(cat, 0) + it["stock"] * it["unit_cost"]
for cat in sorted(value):
    print(cat, f"{value[cat]:.2f}")

# === out of stock and status labels ===
def status(it):
    if it["stock"] == 0:
        return "OUT"
    if it["stock"] <= it["reorder_at"]:
        return "LOW"
    return "ok"
print({it["name"]: status(it) for it in items})
