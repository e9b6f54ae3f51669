# allow-import: datetime
from datetime import timedelta

# === construction and normalisation ===
cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6),
    timedelta(weeks=2),
    timedelta(hours=-1),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(days=-1, seconds=5),
    timedelta(hours=36),
    timedelta(seconds=86400 * 3 + 59),
    timedelta(minutes=1.5),
    timedelta(days=0.5, seconds=0.25),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5),
    timedelta(seconds=1e-7),
    timedelta(milliseconds=1.25, microseconds=0.5),
]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())

# === limits ===
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.max))
for f in [lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1), lambda: timedelta("1"),
          lambda: timedelta(foo=1), lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

# === arithmetic ===
a, b = timedelta(hours=25), timedelta(hours=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(a * 2, 2 * a, a * 1.5, a * 0, a * -1)
print(a / 2, a / 3, a / 1.5, a / b, a // b, a // 4, a % b, divmod(a, b))
print(timedelta(seconds=1) / 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=5))
print(timedelta(minutes=-7) // timedelta(minutes=2), timedelta(minutes=-7) % timedelta(minutes=2))
print(sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()))

# === comparisons, truthiness, hashing ===
print(a > b, a == timedelta(days=1, hours=1), a != b, timedelta(0) == timedelta())
print(bool(timedelta()), bool(timedelta(microseconds=1)), a == 5)
print(sorted([timedelta(hours=3), timedelta(minutes=5), timedelta(days=-1)]))
print(len({timedelta(hours=24), timedelta(days=1), timedelta(seconds=86400)}))

# === errors ===
for f in [lambda: a + 1, lambda: 1 + a, lambda: a * "x", lambda: a / 0, lambda: a // 0,
          lambda: a / timedelta(0), lambda: a % timedelta(0), lambda: a * float("nan"), lambda: 3 / a]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
