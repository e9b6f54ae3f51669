# allow-import: re
import re

# === fullmatch versus match ===
print(bool(re.match(r'\d+', '123abc')), bool(re.fullmatch(r'\d+', '123abc')), bool(re.fullmatch(r'\d+', '123')))

# === validators ===
EMAIL = re.compile(r'[\w.+-]+@[\w-]+(\.[\w-]+)+')
IPV4 = re.compile(r'((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)')
HEX = re.compile(r'#?([0-9a-f]{3}|[0-9a-f]{6})', re.I)
DATE = re.compile(r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])')
for name, pat, samples in [
    ('email', EMAIL, ['a@b.co', 'first.last+tag@mail.example.org', 'bad@', '@x.com']),
    ('ipv4', IPV4, ['192.168.0.1', '256.1.1.1', '10.0.0', '0.0.0.0']),
    ('hex', HEX, ['#fff', 'A0B1C2', '#abcd', 'ggg']),
    ('date', DATE, ['2024-02-29', '2024-13-01', '2024-00-10', '1999-12-31']),
]:
    print(name, [bool(pat.fullmatch(s)) for s in samples])

# === anchors and multiline ===
text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.search(r'\Afirst', text) is not None, re.search(r'third\Z', text) is not None)

# === dotall ===
print(re.findall(r'a.b', 'a\nb acb'), re.findall(r'a.b', 'a\nb acb', re.S))
