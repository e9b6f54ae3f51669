# allow-import: datetime
from datetime import date, datetime, timedelta

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# === constructor errors ===
attempt(lambda: date(2024))
attempt(lambda: date(2024, 1, 1, 1))
attempt(lambda: date(2024, 1, x=1))
attempt(lambda: date(2024, 1, 1, x=1))
attempt(lambda: date(0, 1, 1))
attempt(lambda: date(10000, 1, 1))
attempt(lambda: date(2024, 13, 1))
attempt(lambda: date(2024, 0, 1))
attempt(lambda: date(2023, 2, 29))
attempt(lambda: date(2024, 4, 31))
attempt(lambda: date("2024", 1, 1))
attempt(lambda: date(2024.0, 1, 1))
attempt(lambda: date(2024, 1, 1, day=2))
attempt(lambda: datetime(2024, 1, 1, 24))
attempt(lambda: datetime(2024, 1, 1, 0, 60))
attempt(lambda: datetime(2024, 1, 1, 0, 0, 60))
attempt(lambda: datetime(2024, 1, 1, 0, 0, 0, -1))
attempt(lambda: datetime(2024, 1, 1, tzinfo="x"))
attempt(lambda: datetime(2024, 1))
attempt(lambda: datetime(2024, 1, 1, fold=3))

# === class method errors ===
attempt(lambda: date.fromordinal(0))
attempt(lambda: date.fromordinal(3652060))
attempt(lambda: date.fromisocalendar(2024, 54, 1))
attempt(lambda: date.fromisocalendar(2024, 1, 8))
attempt(lambda: date.fromisocalendar(2021, 53, 1))
attempt(lambda: datetime.combine(1, 2))
attempt(lambda: date(2024, 1, 31).replace(month=2))
attempt(lambda: date(2024, 1, 1).replace(foo=1))
attempt(lambda: datetime(2024, 1, 1).isoformat(timespec="bad"))
attempt(lambda: datetime(2024, 1, 1).isoformat("ab"))
attempt(lambda: date(2024, 1, 1).strftime())
attempt(lambda: datetime.fromtimestamp("x"))
attempt(lambda: datetime.fromtimestamp(float("nan")))

# === operator errors ===
attempt(lambda: date(2024, 1, 1) + 1)
attempt(lambda: 1 + date(2024, 1, 1))
attempt(lambda: date(2024, 1, 1) - 1)
attempt(lambda: date(2024, 1, 1) * 2)
attempt(lambda: timedelta(1) - date(2024, 1, 1))
attempt(lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1))
attempt(lambda: timedelta(1) + "x")

# === type names in messages ===
attempt(lambda: date(2024, 1, 1) < 5)
attempt(lambda: 5 >= date(2024, 1, 1))
attempt(lambda: date(2024, 1, 1).hour)
attempt(lambda: timedelta(1).foo)
attempt(lambda: len(date(2024, 1, 1)))
attempt(lambda: date(2024, 1, 1)[0])
print(type(date(2024, 1, 1)), type(datetime(2024, 1, 1)), type(timedelta()), date, datetime)
print(type(date(2024, 1, 1)).__name__, datetime.__name__, date(2024, 1, 1).isocalendar().__class__.__name__)

# === uncaught ===
datetime.strptime("31/02/2024", "%d/%m/%Y")
