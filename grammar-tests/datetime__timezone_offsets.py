# allow-import: datetime
from datetime import datetime, timedelta, timezone

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
est = timezone(timedelta(hours=-5))

# === reprs and names ===
print(utc, ist, est, repr(ist), repr(est), repr(utc))
print(ist.utcoffset(None), est.tzname(None), utc.tzname(None), ist.dst(None))

# === conversions ===
meeting = datetime(2024, 3, 5, 9, 30, tzinfo=est)
for tz in [utc, ist, est]:
    print(meeting.astimezone(tz), meeting.astimezone(tz).strftime('%H:%M %Z %z'))

# === equality across zones ===
a = datetime(2024, 1, 1, 12, tzinfo=utc)
b = datetime(2024, 1, 1, 17, 30, tzinfo=ist)
print(a == b, b - a, a.utcoffset(), b.tzinfo)

# === replace versus astimezone ===
print(a.replace(tzinfo=ist), a.astimezone(ist))

# === timestamps ===
print(a.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(86400 * 365.25, est))

# === naive to aware ===
naive = datetime(2024, 6, 1, 8)
print(naive.replace(tzinfo=utc).isoformat(), naive.tzinfo, naive.utcoffset())
