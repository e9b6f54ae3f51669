# allow-import: datetime
from datetime import date, datetime, timedelta, timezone

# === parse events and bucket them ===
raw = """2024-03-01T09:15:00Z login alice
2024-03-01T17:45:30Z logout alice
2024-03-02T08:00:00+01:00 login bob
2024-03-02T12:30:00+01:00 logout bob
2024-03-04T23:59:59Z login carol
2024-03-05T00:30:00Z logout carol"""
events = []
for line in raw.splitlines():
    ts, action, user = line.split()
    events.append((datetime.fromisoformat(ts.replace("Z", "+00:00")), action, user))

sessions = {}
open_at = {}
for ts, action, user in sorted(events):
    if action == "login":
        open_at[user] = ts
    else:
        sessions[user] = ts - open_at.pop(user)
for user, dur in sorted(sessions.items()):
    h, rem = divmod(int(dur.total_seconds()), 3600)
    print(f"{user:6} {dur}  ({h}h{rem // 60:02d}m)")
print("total", sum(sessions.values(), timedelta()))

by_day = {}
for ts, action, user in events:
    day = ts.astimezone(timezone.utc).date()
    by_day.setdefault(day, []).append(user)
for day in sorted(by_day):
    print(day.isoformat(), day.strftime("%a"), sorted(set(by_day[day])))

# === business days ===
def business_days(start, end):
    n = 0
    d = start
    while d <= end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 3, 31)))

def add_business_days(d, n):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d
print(add_business_days(date(2024, 3, 8), 3))

# === ages and countdowns ===
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))
launch = datetime(2024, 12, 25, 0, 0)
now = datetime(2024, 11, 26, 13, 37, 5)
left = launch - now
print(f"{left.days} days, {left.seconds // 3600} hours, {left.seconds % 3600 // 60} minutes")

# === week numbers and month calendars ===
d = date(2024, 2, 1)
while d.month == 2:
    if d.weekday() == 0 or d.day == 1:
        print(d.strftime("%d %a"), "week", d.isocalendar()[1])
    d += timedelta(days=1)
print(date(2024, 12, 31).isocalendar(), date(2026, 1, 1).isocalendar())
