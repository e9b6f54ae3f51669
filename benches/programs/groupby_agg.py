# Agent-shaped: group-by aggregation over 1,000 row dicts (sum, count, min,
# max, mean per group, then a sorted summary), repeated 40 times as an agent
# re-slicing the same data would.
regions = ["north", "south", "east", "west", "central"]
products = ["widget", "gadget", "doohickey", "gizmo"]
rows = []
for i in range(1000):
    rows.append({
        "id": i,
        "region": regions[(i * 7) % 5],
        "product": products[(i * 13) % 4],
        "units": (i * 37) % 50 + 1,
        "price": ((i * 101) % 900 + 100) / 100,
    })

for rep in range(40):
    groups = {}
    for row in rows:
        key = (row["region"], row["product"])
        g = groups.get(key)
        if g is None:
            g = {"count": 0, "units": 0, "revenue": 0.0, "max_price": 0.0, "min_price": 1e9}
            groups[key] = g
        g["count"] += 1
        g["units"] += row["units"]
        g["revenue"] += row["units"] * row["price"]
        g["max_price"] = max(g["max_price"], row["price"])
        g["min_price"] = min(g["min_price"], row["price"])
    summary = sorted(
        ((k[0], k[1], g["count"], g["units"], round(g["revenue"] / g["count"], 2)) for k, g in groups.items()),
        key=lambda t: (-t[4], t[0], t[1]),
    )
print(len(summary), summary[0], summary[-1])
