# allow-import: datetime
from datetime import time, timedelta, timezone

# === construction ===
for t in [time(), time(9), time(9, 30), time(9, 30, 15), time(9, 30, 15, 500), time(23, 59, 59, 999999),
          time(12, tzinfo=timezone.utc), time(1, fold=1)]:
    print(repr(t), "|", str(t), "|", t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time.min, time.max, time.resolution)

# === isoformat ===
t = time(7, 5, 3, 120)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec))
print(time(7, 5, tzinfo=timezone(timedelta(hours=-3))).isoformat())

# === replace, compare, hash ===
print(t.replace(hour=8), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc))
print(time(1) < time(2), time(1, 30) == time(1, 30), time(1) != time(1, 0, 1), max(time(3), time(2, 59)))
print(sorted([time(12), time(0, 30), time(23)]), len({time(1), time(1, 0), time(2)}))
print(bool(time()), bool(time(0, 0)), time(12) == "12:00")
a = time(12, tzinfo=timezone.utc)
b = time(13, tzinfo=timezone(timedelta(hours=1)))
print(a == b, a < time(12, 1, tzinfo=timezone.utc), a.utcoffset(), a.tzname(), time(1).utcoffset())
try:
    time(12) < a
except TypeError as e:
    print("TypeError:", e)

# === errors ===
for f in [lambda: time(24), lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10**6),
          lambda: time(-1), lambda: time("1"), lambda: time(1, fold=2), lambda: t.isoformat("bad"),
          lambda: time(1, 2, 3, 4, None, 0, 7)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
