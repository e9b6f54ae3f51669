# Agent-shaped: datetime arithmetic over 10**4 dates: timedelta addition,
# weekday, differences, isoformat and strptime round trips.
from datetime import date, datetime, timedelta

start = date(2020, 1, 1)
weekend = 0
months = {}
total_days = 0
iso = ""
for i in range(10000):
    d = start + timedelta(days=(i * 37) % 3650)
    if d.weekday() >= 5:
        weekend += 1
    key = d.strftime("%Y-%m")
    months[key] = months.get(key, 0) + 1
    total_days += (d - start).days
    if i % 10 == 0:
        dt = datetime(d.year, d.month, d.day, i % 24, i % 60)
        iso = dt.isoformat()
        parsed = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S")
        total_days += (parsed - dt).days
print(weekend, len(months), total_days, iso)
