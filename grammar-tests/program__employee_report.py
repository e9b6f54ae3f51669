employees = [
    ("Ann", "eng", 120_000, 2015), ("Bob", "eng", 95_000, 2019), ("Cid", "ops", 70_000, 2012),
    ("Dee", "sales", 65_000, 2021), ("Eve", "eng", 130_000, 2011), ("Fay", "ops", 72_000, 2018),
    ("Gus", "sales", 80_000, 2016), ("Hal", "sales", 58_000, 2023),
]

# === group by department ===
depts = {}
for name, dept, salary, year in employees:
    depts.setdefault(dept, []).append({"name": name, "salary": salary, "year": year})

print(f"{'dept':<6}{'n':>3}{'avg':>10}{'max':>10}  senior")
for dept in sorted(depts):
    staff = depts[dept]
    avg = sum(e["salary"] for e in staff) / len(staff)
    top = max(staff, key=lambda e: e["salary"])
    senior = min(staff, key=lambda e: e["year"])["name"]
    print(f"{dept:<6}{len(staff):>3}{avg:>10,.0f}{top['salary']:>10,}  {senior}")

# === raises: 3% per year of tenure, capped at 15%, as of 2024 ===
def raise_for(year, salary):
    pct = min(0.03 * (2024 - year), 0.15)
    return round(salary * pct)

raises = sorted(((raise_for(y, s), n) for n, _, s, y in employees), reverse=True)
for amount, name in raises[:4]:
    print(f"{name}: +{amount:,}")
print("budget:", f"{sum(a for a, _ in raises):,}")

# === salary bands ===
bands = {"<70k": 0, "70-100k": 0, ">=100k": 0}
for _, _, s, _ in employees:
    key = "<70k" if s < 70_000 else "70-100k" if s < 100_000 else ">=100k"
    bands[key] += 1
print(bands)
