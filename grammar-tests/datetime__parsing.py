# allow-import: datetime
from datetime import date, datetime, time, timezone, timedelta

# === fromisoformat ===
for s in ["2024-03-15", "20240315", "2024-W11-5", "2024W115", "2024-W11", "2024-03-15T12",
          "2024-03-15T1230", "2024-03-15T12:30", "2024-03-15 12:30:45", "2024-03-15T12:30:45.123",
          "2024-03-15T12:30:45.1234567", "2024-03-15T12:30:45,5", "2024-03-15T12:30:45Z",
          "2024-03-15T12:30:45+05:30", "2024-03-15T12:30:45-0800", "2024-03-15T12:30:45+01",
          "2024-03-15T12:30:45.123456+01:00:30", "2024-03-15x12:30"]:
    print(s, "->", repr(datetime.fromisoformat(s)))
for s in ["2024-03-15", "20240315", "2024-W01-1"]:
    print(s, "->", repr(date.fromisoformat(s)))
for s in ["12", "1230", "12:30", "12:30:45", "12:30:45.5", "12:30:45+01:00", "T12:30", "12:30Z", "123045"]:
    print(s, "->", repr(time.fromisoformat(s)))
dt = datetime(2024, 3, 15, 12, 30, 45, 123, tzinfo=timezone(timedelta(hours=2)))
print(datetime.fromisoformat(dt.isoformat()) == dt, time.fromisoformat(dt.time().isoformat()))
for s in ["2024-1-1", "", "2024-03-15T", "2024-03-15T12:30:", "2024-03-15T12:30:45.", "T12:30",
          "2024-13-01", "2024-02-30", "2024-03-15T25:00", "not a date"]:
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, 20240315]:
    try:
        date.fromisoformat(bad)
    except TypeError as e:
        print("TypeError:", e)

# === strptime ===
cases = [
    ("15/Mar/2024:13:45:01 +0100", "%d/%b/%Y:%H:%M:%S %z"),
    ("Friday March 15 2024 1pm", "%A %B %d %Y %I%p"),
    ("  2024  ", " %Y "),
    ("24-1-5", "%y-%m-%d"),
    ("70-1-5", "%y-%m-%d"),
    ("2024 075", "%Y %j"),
    ("2024 10 1", "%Y %W %w"),
    ("2024 10 0", "%Y %U %w"),
    ("2024-W10-3", "%G-W%V-%u"),
    ("12:30:45.25", "%H:%M:%S.%f"),
    ("2024-03-15T12:30:45Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-03-15 UTC", "%Y-%m-%d %Z"),
    ("2024-03-15 12:00 -05:30", "%Y-%m-%d %H:%M %z"),
    ("Mar 5, 2024", "%b %d, %Y"),
    ("mar 5 2024", "%b %d %Y"),
    ("MARCH 5 2024", "%B %d %Y"),
    ("Fri Mar 15 12:30:00 2024", "%c"),
    ("03/15/24 12:30:00", "%x %X"),
    ("12 AM", "%I %p"),
    ("12 PM", "%I %p"),
    ("2024-03-15", "%Y-%m-%d"),
    ("2024-3-5 7:8:9", "%Y-%m-%d %H:%M:%S"),
    ("20240315", "%Y%m%d"),
]
for s, f in cases:
    print(repr(s), f, "->", repr(datetime.strptime(s, f)))
print(datetime.strptime("2024-03-15", "%Y-%m-%d").date())
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-12-01xyz", "%Y-%m-%d"), ("2024", "%q"), ("2024", "%"),
             ("2023-02-29", "%Y-%m-%d"), ("100%", "%d%%"), ("2024", "%Y %m"), ("2024-03-15 +05:3", "%Y-%m-%d %z"),
             ("", "%Y"), ("abc", "abc")]:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.strptime(2024, "%Y")
except TypeError as e:
    print("TypeError:", e)
