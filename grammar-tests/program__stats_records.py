# === input data: a list of dicts, like parsed JSON ===
employees = [
    {"name": "Alice", "dept": "eng", "salary": 120000, "years": 5},
    {"name": "Bob", "dept": "eng", "salary": 95000, "years": 2},
    {"name": "Carol", "dept": "sales", "salary": 70000, "years": 7},
    {"name": "Dan", "dept": "sales", "salary": 64000, "years": 1},
    {"name": "Eve", "dept": "hr", "salary": 58000, "years": 3},
    {"name": "Frank", "dept": "eng", "salary": 134000, "years": 9},
]

# === overall statistics ===
salaries = [e["salary"] for e in employees]
n = len(salaries)
mean = sum(salaries) / n
ordered = sorted(salaries)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else ordered[n // 2]
variance = sum((s - mean) ** 2 for s in salaries) / (n - 1)
stdev = variance ** 0.5
print(f"count={n} mean={mean:.2f} median={median} min={min(salaries)} max={max(salaries)}")
print(f"stdev={stdev:.3f}")

# === group by department ===
by_dept = {}
for e in employees:
    by_dept.setdefault(e["dept"], []).append(e)

for dept, people in by_dept.items():
    total = sum(p["salary"] for p in people)
    avg_years = sum(p["years"] for p in people) / len(people)
    names = ", ".join(sorted(p["name"] for p in people))
    print(f"{dept:<6} n={len(people)} total={total:>7,} avg_years={avg_years:.1f} [{names}]")

# === top earners and filters ===
top = sorted(employees, key=lambda e: e["salary"], reverse=True)[:3]
print("top 3:", [e["name"] for e in top])
senior = [e["name"] for e in employees if e["years"] >= 5]
print("senior:", senior)
raises = {e["name"]: round(e["salary"] * (1.05 if e["years"] > 3 else 1.02)) for e in employees}
print(raises)

# === summary table ===
print(f"{'name':<8}{'dept':<7}{'salary':>10}{'pct of total':>14}")
grand = sum(salaries)
for e in sorted(employees, key=lambda e: (e["dept"], e["name"])):
    print(f"{e['name']:<8}{e['dept']:<7}{e['salary']:>10,}{e['salary'] / grand:>14.1%}")
