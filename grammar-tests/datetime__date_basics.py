# allow-import: datetime
import datetime
from datetime import date, timedelta

# === construction and attributes ===
d = date(2024, 3, 15)
print(d, repr(d), d.year, d.month, d.day)
print(date(1, 1, 1), date(9999, 12, 31), date.min, date.max, date.resolution)
print(datetime.MINYEAR, datetime.MAXYEAR)
print(date(2024, 2, 29), date(year=2023, month=12, day=31))

# === weekday and calendar ===
for dd in [date(2024, 1, 1), date(2024, 12, 31), date(2021, 1, 3), date(2020, 12, 31), date(2026, 11, 26)]:
    print(dd, dd.weekday(), dd.isoweekday(), dd.isocalendar(), dd.toordinal(), dd.ctime())
ic = date(2024, 1, 1).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2024, 1, 1), len(ic))
y, w, wd = date(2025, 6, 30).isocalendar()
print(y, w, wd)

# === ordinals ===
print(date.fromordinal(1), date.fromordinal(738960), date(2024, 3, 15).toordinal())
print(date.fromordinal(date(2000, 2, 29).toordinal() + 365))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))

# === replace ===
print(d.replace(day=1), d.replace(year=2000, month=1), d.replace())

# === arithmetic ===
print(d + timedelta(days=30), d - timedelta(days=15), timedelta(weeks=1) + d)
print(d + timedelta(hours=47), d - timedelta(seconds=1))
print(date(2024, 12, 25) - d, (date(2024, 12, 25) - d).days)
print(date(2024, 1, 1) - date(2025, 1, 1))

# === comparisons and hashing ===
a, b = date(2024, 1, 1), date(2024, 1, 2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2024, 1, 1))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 31)]))
print(max(a, b), min(a, b), len({a, b, date(2024, 1, 1)}))
print(a == "2024-01-01", a != 5)
seen = {date(2024, 1, 1): "new year"}
print(seen[date(2024, 1, 1)])

# === formatting ===
print(d.isoformat(), str(d), d.strftime("%d/%m/%Y"), d.strftime("%A %d %B %Y"))
print(f"{d:%Y-%m-%d}", f"{d}", format(d, ""), "{:%b %d}".format(d))
print(d.timetuple())
print(isinstance(d, date), type(d).__name__, type(d) is date)
