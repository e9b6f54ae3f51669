# allow-import: datetime
from datetime import date, datetime, time, timedelta, timezone

# === construction and reprs ===
dt = datetime(2024, 3, 15, 14, 30, 5, 250)
print(repr(dt), str(dt))
print(repr(datetime(2024, 3, 15)), repr(datetime(2024, 3, 15, 1, 2, 3)))
print(datetime(2024, 3, 15, 0, 0, 0, 1))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(datetime.min, datetime.max, datetime.resolution)
print(datetime(2024, 1, 1, fold=1).fold, repr(datetime(2024, 1, 1, fold=1)))

# === date and time parts ===
print(dt.date(), dt.time(), repr(dt.time()), dt.timetz())
print(datetime.combine(date(2024, 1, 2), time(3, 4)))
print(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc)))
print(datetime.combine(dt, time(1), tzinfo=timezone(timedelta(hours=2))))

# === isoformat ===
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="_"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2024, 1, 1).isoformat(timespec=spec))

# === replace ===
print(dt.replace(hour=0, minute=0, second=0, microsecond=0))
print(dt.replace(tzinfo=timezone.utc))
print(dt.replace(tzinfo=timezone.utc).replace(tzinfo=None))

# === is a date ===
print(isinstance(dt, date), isinstance(dt, datetime), isinstance(date(2024, 1, 1), datetime))
print(issubclass(datetime, date), type(dt).__name__)
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.ctime())

# === timetuple and timestamps ===
print(dt.timetuple())
print(dt.timetuple().tm_yday, dt.timetuple()[0])
print(datetime(2024, 1, 1).timestamp(), datetime(1970, 1, 1).timestamp())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1700000000.5))
print(datetime.utcfromtimestamp(86400 * 365.25))
print(datetime.fromtimestamp(1700000000, tz=timezone.utc))
print(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-5))))
print(datetime.fromtimestamp(1.0000005), datetime.fromtimestamp(1.0000015))
print(datetime.fromordinal(738960))
print(datetime.fromisocalendar(2024, 10, 3))
