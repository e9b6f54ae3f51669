# allow-import: datetime
from datetime import date, datetime, time, timedelta, timezone

# === constructor range errors ===
for args in [(2024, 0, 1), (2024, 13, 1), (2024, 1, 32), (0, 1, 1), (10000, 1, 1), (2023, 2, 29)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, e)
for args in [(24, 0), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1, 0)]:
    try:
        time(*args)
    except ValueError as e:
        print(args, e)

# === type errors ===
for f in [lambda: date('2024', 1, 1), lambda: date(2024.0, 1, 1), lambda: datetime(2024), lambda: date(2024, 1, 1) + 1]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

# === naive versus aware ===
naive = datetime(2024, 1, 1)
aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
for f in [lambda: naive < aware, lambda: naive - aware]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(naive == aware)

# === overflow ===
for f in [lambda: date.max + timedelta(days=1), lambda: datetime.min - timedelta(1)]:
    try:
        f()
    except OverflowError as e:
        print('OverflowError', e)

# === timezone errors ===
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print('ValueError', e)
