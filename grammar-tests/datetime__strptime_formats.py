# allow-import: datetime
from datetime import datetime

# === parsing formats ===
cases = [
    ('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'),
    ('05/03/24', '%d/%m/%y'),
    ('March 5, 2024', '%B %d, %Y'),
    ('Tue 5 Mar 2024 02:07PM', '%a %d %b %Y %I:%M%p'),
    ('2024-065', '%Y-%j'),
    ('20240305T140709', '%Y%m%dT%H%M%S'),
    ('14:07:09.5', '%H:%M:%S.%f'),
    ('12 am', '%I %p'),
]
for s, f in cases:
    print(repr(s), datetime.strptime(s, f))

# === errors ===
for s, f in [('2024-13-01', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'), ('hello', '%Y'), ('2024-01-01 extra', '%Y-%m-%d'), ('24:00', '%H:%M')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)

# === parse log timestamps ===
lines = ['[05/Mar/2024:14:07:09] GET /', '[06/Mar/2024:01:00:00] POST /api']
stamps = [datetime.strptime(l[1:21], '%d/%b/%Y:%H:%M:%S') for l in lines]
print(stamps[1] - stamps[0], [s.isoformat() for s in stamps])
