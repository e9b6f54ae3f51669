# allow-import: re
import re

# === named groups ===
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)', '2024-03-15T10:00')
print(m.group('year'), m['month'], m.groupdict(), m.groups())
print(m.start('day'), m.end('day'), m.span('month'), m.lastgroup, m.lastindex)

# === optional groups ===
m = re.match(r'(?P<a>\w)(?P<b>\d)?', 'x')
print(m.groupdict(), m.groupdict(default='-'), m.group('b'), m.groups('?'))

# === backreference by name ===
print(re.findall(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'bye\''))
print(re.sub(r'(?P<w>\w+) (?P=w)', r'\g<w>', 'the the cat sat sat'))

# === named groups in sub templates ===
print(re.sub(r'(?P<last>\w+), (?P<first>\w+)', r'\g<first> \g<last>', 'Doe, Jane; Roe, Rick'))

# === pattern groupindex ===
p = re.compile(r'(?P<key>\w+)=(?P<val>[^;]*)')
print(dict(p.groupindex), p.groups)
print({m['key']: m['val'] for m in p.finditer('a=1;b=two;c=')})

# === log parsing ===
log = '2024-01-02 12:00:01 ERROR [db] connection lost'
pat = re.compile(r'(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)')
print(pat.fullmatch(log).groupdict())

# === errors ===
for bad in [r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', r'(?P=nope)']:
    try:
        re.compile(bad)
    except re.error as e:
        print('re.error:', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
