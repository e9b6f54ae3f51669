# allow-import: datetime
import datetime as dtmod
from datetime import datetime, timedelta, timezone, tzinfo

# === timezone objects ===
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
named = timezone(timedelta(hours=-8), "PST")
odd = timezone(-timedelta(hours=3, minutes=30, seconds=15))
for tz in [utc, ist, named, odd, timezone(timedelta(0)), timezone(timedelta(0), "UTC"), timezone.min, timezone.max]:
    print(repr(tz), "|", str(tz), "|", tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone(timedelta(0)) is utc, dtmod.UTC is utc, dtmod.timezone.utc is utc)
print(ist == timezone(timedelta(minutes=330)), ist == named, len({ist, timezone(timedelta(minutes=330))}))
print(isinstance(utc, tzinfo), isinstance(utc, timezone))

# === aware datetimes ===
t = datetime(2024, 7, 4, 12, 0, tzinfo=ist)
print(repr(t), str(t), t.isoformat())
print(t.utcoffset(), t.tzname(), t.dst(), t.tzinfo is ist)
print(t.astimezone(utc), t.astimezone(named), t.astimezone(utc).astimezone(ist) == t)
print(datetime(2024, 1, 1, 0, 0).astimezone())
print(datetime(2024, 1, 1, tzinfo=utc).astimezone(utc) is not None)
print(t.strftime("%Y-%m-%d %H:%M %z %Z"), named.fromutc(datetime(2024, 1, 1, 12, tzinfo=named)))
print(datetime(2024, 1, 1, 12, tzinfo=odd).isoformat(), datetime(2024, 1, 1, tzinfo=odd).strftime("%z"))
print(datetime(2024, 5, 5, 1, 2, 3, 456, tzinfo=timezone(timedelta(seconds=1, microseconds=7))).isoformat())
print(t.timetuple().tm_isdst, datetime(2024, 1, 1).timetuple().tm_isdst, t.utctimetuple())

# === comparisons across zones ===
times = [datetime(2024, 1, 1, 9, tzinfo=named), datetime(2024, 1, 1, 12, tzinfo=utc), datetime(2024, 1, 1, 20, tzinfo=ist)]
print(sorted(times))
print([x.astimezone(utc).strftime("%H:%M") for x in sorted(times)])
print(len({datetime(2024, 1, 1, 12, tzinfo=utc), datetime(2024, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))}))

# === user tzinfo subclass ===
class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)

cet = Fixed(1, "CET")
x = datetime(2024, 2, 1, 10, tzinfo=cet)
print(x.utcoffset(), x.tzname(), x.dst(), x.isoformat(), x.strftime("%H:%M %Z %z"))
print(x.astimezone(utc), x - datetime(2024, 2, 1, 10, tzinfo=utc))

# === errors ===
for f in [lambda: timezone(5), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=-25)),
          lambda: timezone(timedelta(0), 5), lambda: datetime(2024, 1, 1, tzinfo="UTC"),
          lambda: datetime(2024, 1, 1).replace(tzinfo=3)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
