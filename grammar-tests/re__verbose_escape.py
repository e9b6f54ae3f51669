# allow-import: re
import re

# === verbose pattern ===
phone = re.compile(r'''
    ^\(?(\d{3})\)?   # area code
    [\s.-]?          # separator
    (\d{3})          # exchange
    [\s.-]?
    (\d{4})$         # line
''', re.VERBOSE)
for s in ['(555) 123-4567', '555.123.4567', '5551234567', '555-12-34567']:
    m = phone.match(s)
    print(s, m.groups() if m else None)

# === escaped spaces and hashes in verbose ===
print(re.findall(r'a\ b \# c', 'a b# c a b#c', re.X))
print(re.findall(r'[ #]', 'a b#c', re.X))

# === re.escape ===
for s in ['a.b', '1+1=2', 'what?', 'path/to\\file', 'tab\there', '(x)[y]{z}', '~!@%&_-']:
    print(repr(re.escape(s)))

# === escape makes literal search safe ===
needle = 'C++ (v2.0)'
print(re.findall(re.escape(needle), 'I use C++ (v2.0) and C++ (v2.0).'))

# === inline verbose flag ===
print(re.match(r'(?x) \d+  \s* [a-z]+ ', '42   abc').group())
