# allow-import: datetime
from datetime import datetime, date, time, timedelta, timezone

# === isoformat variants ===
dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'), dt.isoformat(timespec='milliseconds'))
for ts in ['auto', 'hours', 'seconds', 'microseconds']:
    print(ts, datetime(2024, 1, 1, 5).isoformat(timespec=ts))
print(date(2024, 3, 5).isoformat(), time(1, 2).isoformat(), time(1, 2, 3, 40).isoformat())

# === with time zones ===
aware = datetime(2024, 3, 5, 12, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.isoformat(), datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat())

# === fromisoformat ===
for s in ['2024-03-05', '2024-03-05T14:07', '2024-03-05 14:07:09.5', '2024-03-05T14:07:09+02:00', '2024-03-05T14:07:09.123456-05:30']:
    print(s, '->', repr(datetime.fromisoformat(s)))
print(date.fromisoformat('2020-02-29'), time.fromisoformat('23:59:59.999'))

# === roundtrip ===
for d in [dt, aware, datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    print(datetime.fromisoformat(d.isoformat()) == d)

# === errors ===
for s in ['2024-3-5', '2024-02-30', 'not a date', '2024-03-05T25:00']:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
try:
    dt.isoformat(timespec='nanos')
except ValueError as e:
    print('ValueError', e)
