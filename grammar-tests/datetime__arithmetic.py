# allow-import: datetime
from datetime import date, datetime, timedelta, timezone

# === datetime arithmetic ===
dt = datetime(2024, 2, 28, 23, 30)
print(dt + timedelta(hours=1), dt + timedelta(days=1, minutes=30), dt - timedelta(weeks=9))
print(timedelta(minutes=45) + dt, dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(datetime(2024, 3, 10, 12) - datetime(2024, 3, 10, 11, 59, 59, 999999))
print(datetime(2023, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime(2024, 1, 1) + timedelta(microseconds=-1))

# === aware arithmetic ===
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 6, 1, 12, tzinfo=utc)
b = datetime(2024, 6, 1, 8, tzinfo=est)
print(a - b, b - a, a == b, a < b, b + timedelta(hours=2))
print(datetime(2024, 6, 1, 12, tzinfo=est) - datetime(2024, 6, 1, 10, tzinfo=est))

# === naive vs aware ===
naive = datetime(2024, 6, 1, 12)
print(naive == a, naive != a)
for f in [lambda: naive < a, lambda: naive - a, lambda: a - naive]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

# === date vs datetime ===
d = date(2024, 6, 1)
print(d == datetime(2024, 6, 1), datetime(2024, 6, 1) == d)
for f in [lambda: d < datetime(2024, 6, 1), lambda: datetime(2024, 6, 2) > d, lambda: d + d,
          lambda: d - datetime(2024, 1, 1), lambda: dt + 1, lambda: dt * 2, lambda: 5 - dt]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

# === overflow ===
for f in [lambda: date.max + timedelta(days=1), lambda: date.min - timedelta(days=1),
          lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(1)]:
    try:
        f()
    except OverflowError as e:
        print("OverflowError:", e)

# === schedules ===
start = datetime(2024, 1, 29, 9, 0)
for i in range(5):
    slot = start + i * timedelta(days=1, hours=2)
    print(slot.strftime("%a %d %b %H:%M"), slot.weekday() >= 5)
deadline = datetime(2024, 3, 1, 17, 0)
remaining = deadline - datetime(2024, 2, 27, 8, 15)
print(remaining, remaining.days, remaining.seconds // 3600, remaining.total_seconds() / 3600)

# === month iteration ===
months = []
cur = date(2024, 1, 31)
for n in range(4):
    m = cur.month - 1 + n
    y, m = cur.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    months.append(cur.replace(year=y, month=m, day=min(cur.day, last)))
print(months)
