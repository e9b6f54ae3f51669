# Agent-shaped: parse a 2,000-line CSV string with split(), convert fields,
# filter and total; parsed 20 times.
lines = ["id,name,city,amount,qty"]
cities = ["Paris", "Lyon", "Nice", "Lille", "Nantes", "Rennes"]
for i in range(2000):
    lines.append(str(i) + ",user" + str(i % 313) + "," + cities[i % 6] + "," + str((i * 7919) % 10000 / 100) + "," + str(i % 17))
text = "\n".join(lines)

for rep in range(20):
    rows = text.strip().split("\n")
    header = rows[0].split(",")
    records = []
    for line in rows[1:]:
        fields = line.split(",")
        rec = dict(zip(header, fields))
        rec["amount"] = float(rec["amount"])
        rec["qty"] = int(rec["qty"])
        records.append(rec)
    by_city = {}
    for r in records:
        if r["qty"] > 3:
            by_city[r["city"]] = by_city.get(r["city"], 0.0) + r["amount"] * r["qty"]
print(len(records), len(text), sorted((c, round(v, 2)) for c, v in by_city.items())[:2])
