# === sorting dict records ===
employees = [
    {"name": "Ann", "dept": "eng", "salary": 120, "start": (2019, 3)},
    {"name": "bob", "dept": "ops", "salary": 95, "start": (2021, 1)},
    {"name": "Cy", "dept": "eng", "salary": 120, "start": (2017, 9)},
    {"name": "dee", "dept": "hr", "salary": 80, "start": (2019, 3)},
    {"name": "Eve", "dept": "ops", "salary": 105, "start": (2020, 6)},
]
def names(rows):
    return [r["name"] for r in rows]
print(names(sorted(employees, key=lambda r: r["name"])))
print(names(sorted(employees, key=lambda r: r["name"].lower())))
print(names(sorted(employees, key=lambda r: (r["dept"], -r["salary"], r["name"]))))
print(names(sorted(employees, key=lambda r: r["start"])))
print(names(sorted(employees, key=lambda r: r["salary"], reverse=True)))

# === top-n per group ===
by_dept = {}
for r in sorted(employees, key=lambda r: -r["salary"]):
    by_dept.setdefault(r["dept"], []).append(r["name"])
print({d: v[:1] for d, v in sorted(by_dept.items())})

# === rank with ties ===
ranked = sorted(employees, key=lambda r: -r["salary"])
rank, prev = 0, None
for i, r in enumerate(ranked, 1):
    if r["salary"] != prev:
        rank, prev = i, r["salary"]
    print(rank, r["name"], r["salary"])
