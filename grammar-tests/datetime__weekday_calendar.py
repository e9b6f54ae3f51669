# allow-import: datetime
from datetime import date, timedelta

# === weekday and isoweekday ===
d = date(2024, 3, 5)
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(d.timetuple().tm_yday, d.toordinal(), date.fromordinal(d.toordinal()), d.ctime())

# === leap years ===
for y in [1900, 2000, 2023, 2024]:
    try:
        date(y, 2, 29)
        print(y, 'leap')
    except ValueError as e:
        print(y, e)

# === month calendar ===
def month_days(y, m):
    first = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - first).days
print([month_days(2024, m) for m in range(1, 13)])

# === next weekday ===
def next_weekday(d, wd):
    return d + timedelta(days=(wd - d.weekday()) % 7 or 7)
print(next_weekday(d, 0), next_weekday(d, 1), next_weekday(d, 4))

# === business days ===
def business_days(a, b):
    n = 0
    while a < b:
        if a.weekday() < 5:
            n += 1
        a += timedelta(days=1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 4, 1)))

# === iso calendar roundtrip ===
print(date.fromisocalendar(2024, 10, 2), date(2021, 1, 1).isocalendar())

# === replace and min/max ===
print(d.replace(day=31), d.replace(year=2023, month=1), date.min, date.max, date.resolution)
try:
    d.replace(month=2, day=30)
except ValueError as e:
    print('ValueError', e)
