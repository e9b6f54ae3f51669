# allow-import: time
import time

# === gmtime / localtime ===
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], list(t)[3:6])
print(time.gmtime(1700000000))
print(time.gmtime(1700000000.999), time.gmtime(-1))
print(time.localtime(86400 * 366))
print(time.gmtime(951782400))
y, mo, d, *rest = time.gmtime(1234567890)
print(y, mo, d, rest)
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), tuple(time.gmtime(60)))
print(type(time.gmtime()).__name__, isinstance(time.gmtime(), time.struct_time), time.gmtime().tm_year >= 2024)

# === mktime round trip ===
for secs in [0, 86399, 1700000000, 951782400]:
    print(secs, time.mktime(time.gmtime(secs)), time.mktime(time.localtime(secs)) == secs)
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2024, 13, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2024, 2, 30, 25, 0, 0, 0, 0, 0)))

# === struct_time constructor ===
st = time.struct_time((2024, 3, 15, 12, 30, 45, 4, 75, 0))
print(st, st.tm_yday, st.tm_zone)
for bad in [(1, 2, 3), list(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)

# === asctime / ctime ===
print(time.asctime(time.gmtime(0)), time.ctime(0), time.ctime(1700000000.5))
print(time.asctime((2024, 3, 5, 7, 8, 9, 1, 65, 0)))
