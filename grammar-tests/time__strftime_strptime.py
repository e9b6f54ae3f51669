# allow-import: time
import time

t = time.gmtime(1709622489)
# === strftime ===
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a, %d %b %Y %H:%M:%S +0000", t))
print(time.strftime("%A %B %j %U %W %w %u %V %G %y %p %I %Z %z %%", t))
print(time.strftime("%c | %x | %X | %D | %T | %e | %-d", t))
print(time.strftime("%H:%M", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(repr(time.strftime("", t)), time.strftime("%f %q", t))
print(len(time.strftime("%Y")) == 4)
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    time.strftime(5)
except TypeError as e:
    print("TypeError:", e)

# === strptime ===
p = time.strptime("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S")
print(p)
print(p.tm_wday, p.tm_yday, p.tm_isdst)
print(time.strptime("5 Mar 2024", "%d %b %Y"))
print(time.strptime("Tue Mar  5 07:08:09 2024"))
print(time.strptime("2024 100", "%Y %j")[:3])
print(time.mktime(time.strptime("2024-01-01", "%Y-%m-%d")))
for s, f in [("2024-02-30", "%Y-%m-%d"), ("nope", "%Y"), ("2024", "%Y %H")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)

# === round trip through formatting ===
stamp = 1700000000
text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(stamp))
print(text, time.mktime(time.strptime(text, "%Y-%m-%dT%H:%M:%S")) == stamp)
