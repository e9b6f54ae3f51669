orders = [
    {"id": 1, "customer": "ann", "items": [("pen", 2, 1.5), ("pad", 1, 4.0)]},
    {"id": 2, "customer": "bob", "items": [("ink", 3, 2.25)]},
    {"id": 3, "customer": "ann", "items": []},
    {"id": 4, "customer": "cy", "items": [("pen", 10, 1.5), ("ink", 1, 2.25)]},
]

# === totals per order ===
totals = {o["id"]: sum(q * p for _, q, p in o["items"]) for o in orders}
print(totals)

# === customers with non-empty orders, deduplicated and sorted ===
print(sorted({o["customer"] for o in orders if o["items"]}))

# === quantity per product ===
products = sorted({name for o in orders for name, _, _ in o["items"]})
qty = {p: sum(q for o in orders for name, q, _ in o["items"] if name == p) for p in products}
print(qty)

# === flatten to rows ===
rows = [(o["id"], o["customer"], name, q) for o in orders for name, q, _ in o["items"]]
for r in rows:
    print(r)

# === top spender ===
spend = {}
for o in orders:
    spend[o["customer"]] = spend.get(o["customer"], 0) + totals[o["id"]]
print(max(spend, key=spend.get), sorted(spend.items(), key=lambda kv: kv[1], reverse=True))

# === table formatting with a comprehension ===
header = ["id", "customer", "total"]
lines = [f"{o['id']:>2} {o['customer']:<5} {totals[o['id']]:>6.2f}" for o in orders]
print("\n".join([" ".join(header)] + lines))
