# allow-import: time
import time

# === gmtime fields ===
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(tuple(t)[:6], t[0], len(t))

# === strftime with a struct ===
print(time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%a %b %d %j', t))
print(time.asctime(t), time.strftime('%%', t))

# === strptime ===
p = time.strptime('2024-03-05 14:07', '%Y-%m-%d %H:%M')
print(p.tm_year, p.tm_yday, p.tm_wday, time.strftime('%A', p))

# === epoch ===
print(time.gmtime(0), time.mktime(time.gmtime(86400)) if False else time.gmtime(86400 * 366).tm_year)

# === durations ===
secs = 93784
print(time.strftime('%H:%M:%S', time.gmtime(secs)), secs // 86400)

# === errors ===
try:
    time.strptime('2024', '%d')
except ValueError as e:
    print('ValueError', e)
