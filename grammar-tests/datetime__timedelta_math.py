# allow-import: datetime
from datetime import timedelta, datetime, date

# === normalization ===
print(timedelta(days=1, hours=25, minutes=61, seconds=3661))
print(timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(weeks=1, milliseconds=1500))
print(repr(timedelta(days=-1, seconds=5)), repr(timedelta()), repr(timedelta(hours=2)))

# === arithmetic ===
a, b = timedelta(hours=3), timedelta(minutes=45)
print(a + b, a - b, b - a, a * 2, a * 1.5, a / 4, a / b, a // b, a % b, divmod(a, b), -a, abs(-a))
print(a.total_seconds(), b.days, b.seconds, b.microseconds)

# === comparisons ===
print(a > b, timedelta(0) == timedelta(), sorted([a, b, timedelta(1)]), bool(timedelta(0)))

# === with dates ===
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(weeks=9), date(2024, 12, 25) - d)
dt = datetime(2024, 3, 10, 23, 30)
print(dt + timedelta(minutes=45), dt - datetime(2024, 1, 1))

# === durations report ===
tasks = [('build', timedelta(minutes=12, seconds=30)), ('test', timedelta(minutes=47)), ('deploy', timedelta(seconds=95))]
total = sum((t for _, t in tasks), timedelta())
print(total, max(tasks, key=lambda t: t[1])[0], f'{total.total_seconds() / 60:.1f} min')

# === errors ===
for f in [lambda: timedelta(days=1e10), lambda: a / 0, lambda: a + 1, lambda: timedelta(days='1')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
