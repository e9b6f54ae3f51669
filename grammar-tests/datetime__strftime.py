# allow-import: datetime
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2024, 3, 5, 7, 8, 9, 12345)
# === every common directive ===
for d in "aAbBcdfHIjmMpSUwWxXyYzZ%GuVCDeFgkl":
    print(d, repr(dt.strftime("%" + d)))
# === glibc extensions and padding flags ===
print(dt.strftime("%-d/%-m/%Y %-H:%M %-I%p"), dt.strftime("%e|%_d|%_m|%0e"))
print(dt.strftime("%T %R %r %D %F %h %n|%t|"), dt.strftime("%P %^a %^B %s"))
# === across a year ===
for d in [date(2024, 1, 1), date(2024, 1, 7), date(2023, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2027, 1, 1)]:
    print(d, d.strftime("%U %W %j %G-W%V-%u %a"))
# === 12-hour clock ===
for h in [0, 1, 11, 12, 13, 23]:
    print(h, datetime(2024, 1, 1, h, 5).strftime("%I:%M %p"))
# === aware ===
aware = datetime(2024, 3, 5, 7, 8, tzinfo=timezone(timedelta(hours=-4, minutes=-30), "VET"))
print(aware.strftime("%Y-%m-%dT%H:%M:%S%z %Z"), aware.strftime("%c"))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z %Z"), repr(dt.strftime("%z%Z")))
# === date and time objects ===
print(date(2024, 3, 5).strftime("%Y-%m-%d %H:%M:%S %f"), time(13, 45, 30, 5).strftime("%H|%M|%S|%f|%p|%Y"))
# === literal text and odd formats ===
print(dt.strftime("Report for %B %d, %Y at %H:%M (week %W)"), repr(dt.strftime("")), dt.strftime("100%% done"))
print(dt.strftime("%q %"), dt.strftime("%Y%m%d_%H%M%S"))
# === f-strings and format ===
print(f"{dt:%Y/%m/%d}", f"{dt.date():%d.%m.%y}", f"{time(9, 30):%H:%M}", "{:%H:%M}".format(dt))
print(format(dt), format(time(1, 2)), f"{dt!r}", f"{dt!s}")
try:
    dt.strftime(5)
except TypeError as e:
    print("TypeError:", e)
