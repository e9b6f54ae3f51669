# allow-import: datetime
from datetime import datetime, date, time

dt = datetime(2024, 3, 5, 14, 7, 9, 123456)

# === every common directive ===
for d in ['%Y', '%y', '%m', '%d', '%H', '%I', '%M', '%S', '%f', '%p', '%A', '%a', '%B', '%b', '%j', '%U', '%W', '%w', '%u', '%V', '%G', '%%', '%e' if False else '%C', '%D' if False else '%x', '%X', '%c', '%Z', '%z']:
    print(d, repr(dt.strftime(d)))

# === combinations ===
print(dt.strftime('%Y-%m-%d %H:%M:%S'), dt.strftime('%d/%m/%y %I:%M %p'), dt.strftime('%A, %B %d, %Y'))
print(date(2024, 12, 30).strftime('%G-W%V-%u'), date(2021, 1, 3).strftime('%G %V %U %W'))

# === date and time objects ===
print(date(1999, 1, 1).strftime('%a %b %d %H:%M'), time(23, 59, 1).strftime('%H:%M:%S %p'))

# === format() and f-strings ===
print(format(dt, '%Y'), f'{dt:%H:%M}', f'{date(2020, 2, 29):%d %b}', '{:%j}'.format(dt))

# === midnight and noon ===
for h in [0, 11, 12, 13, 23]:
    print(h, datetime(2024, 1, 1, h).strftime('%I %p'))
