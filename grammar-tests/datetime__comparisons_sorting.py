# allow-import: datetime
from datetime import datetime, date, timedelta

# === sorting events ===
events = [('deploy', datetime(2024, 3, 5, 17)), ('standup', datetime(2024, 3, 5, 9, 15)), ('retro', datetime(2024, 3, 4, 16))]
for name, when in sorted(events, key=lambda e: e[1]):
    print(when.strftime('%a %H:%M'), name)

# === comparisons ===
a, b = date(2024, 1, 1), date(2024, 12, 31)
print(a < b, max(a, b), min(events, key=lambda e: e[1])[0], a == date(2024, 1, 1), a != b)
print(datetime(2024, 1, 1) == date(2024, 1, 1), datetime(2024, 1, 1).date() == date(2024, 1, 1))
try:
    datetime(2024, 1, 1) < date(2024, 1, 2)
except TypeError as e:
    print('TypeError', e)

# === grouping by week ===
days = [date(2024, 3, 1) + timedelta(days=i) for i in range(0, 20, 3)]
weeks = {}
for d in days:
    weeks.setdefault(d.isocalendar().week, []).append(d.day)
print(weeks)

# === age calculation ===
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)), age(date(2000, 2, 29), date(2023, 2, 28)))

# === dates as dict keys and in sets ===
seen = {date(2024, 1, 1), date(2024, 1, 1), datetime(2024, 1, 1).date()}
print(len(seen), {date(2024, 5, 1): 'may'}[date(2024, 5, 1)])
