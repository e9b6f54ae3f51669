# allow-import: re
import re

# === compile errors ===
for pat in ['(', ')', '[a-', 'a{2,1}', '*a', 'a**', '(?<=a+)b', '\\', '[z-a]', '(?P<n>', 'x(?', '\\k']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), '->', e, '| pos', e.pos)

# === error attributes ===
try:
    re.compile('ab(c')
except re.error as e:
    print(e.msg, e.pattern, e.pos, e.lineno, e.colno)

# === type errors ===
for args in [(5, 'x'), ('x', 5), ('x', b'x')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)

# === bad flags with compiled pattern ===
try:
    re.search(re.compile('a'), 'a', re.I)
except ValueError as e:
    print('ValueError', e)
