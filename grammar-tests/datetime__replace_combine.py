# allow-import: datetime
from datetime import datetime, date, time, timedelta

# === combine and split ===
d, t = date(2024, 3, 5), time(9, 30)
dt = datetime.combine(d, t)
print(dt, dt.date(), dt.time(), dt.timetz(), datetime.combine(d, time.max))

# === replace ===
print(dt.replace(hour=17, minute=0), dt.replace(year=2025, day=1), dt.replace(microsecond=5))
print(time(10, 0).replace(minute=45), date(2024, 1, 31).replace(month=4, day=30))

# === truncation helpers ===
def start_of_day(x):
    return x.replace(hour=0, minute=0, second=0, microsecond=0)
def start_of_month(x):
    return x.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
now = datetime(2024, 3, 5, 14, 7, 9, 123)
print(start_of_day(now), start_of_month(now))

# === rounding to quarter hours ===
def round_quarter(x):
    minutes = (x.minute + 7) // 15 * 15
    return x.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)
print([str(round_quarter(datetime(2024, 1, 1, 10, m)).time()) for m in (0, 7, 8, 22, 53)])

# === time attributes ===
tt = time(23, 59, 59, 999999)
print(tt.hour, tt.minute, tt.second, tt.microsecond, tt.isoformat(), str(time()), repr(time(1, 2)))
print(time(12) > time(9, 30), time.min, time.resolution)
