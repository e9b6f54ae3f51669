RAW = """id,name,qty,price,tags
1,Widget,4,2.50,tools|metal
2,Gadget,10,1.25,
3, Gizmo ,0,10.00,toys
4,Doohickey,3,abc,misc
5,Thingamajig,7,0.99,toys|plastic|small
"""

# === parse header and rows ===
lines = [line for line in RAW.strip().split("\n") if line]
header = lines[0].split(",")
print("columns:", header)

records = []
errors = []
for lineno, line in enumerate(lines[1:], start=2):
    fields = [f.strip() for f in line.split(",")]
    row = dict(zip(header, fields))
    try:
        row["id"] = int(row["id"])
        row["qty"] = int(row["qty"])
        row["price"] = float(row["price"])
    except ValueError as e:
        errors.append(f"line {lineno}: {e}")
        continue
    row["tags"] = row["tags"].split("|") if row["tags"] else []
    records.append(row)

print(len(records), "valid rows")
for e in errors:
    print("error:", e)

# === derived values ===
for r in records:
    r["total"] = r["qty"] * r["price"]
    print(f"#{r['id']} {r['name']:<12} {r['qty']:>3} x {r['price']:>6.2f} = {r['total']:>7.2f} tags={r['tags']}")

# === aggregates ===
in_stock = [r["name"] for r in records if r["qty"] > 0]
all_tags = sorted({t for r in records for t in r["tags"]})
value = sum(r["total"] for r in records)
print("in stock:", in_stock)
print("tags:", all_tags)
print(f"inventory value: {value:.2f}")

# === write back out ===
out_cols = ["id", "name", "total"]
print(",".join(out_cols))
for r in sorted(records, key=lambda r: -r["total"]):
    print(",".join(str(r[c]) if c != "total" else f"{r[c]:.2f}" for c in out_cols))
