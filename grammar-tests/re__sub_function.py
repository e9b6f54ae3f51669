# allow-import: re
import re

# === function replacement ===
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\b\w', lambda m: m.group().upper(), 'hello big world'))

# === template expansion ===
values = {'name': 'Ann', 'n': 3}
print(re.sub(r'\{(\w+)\}', lambda m: str(values.get(m[1], m[0])), 'Hi {name}, you have {n} {what}'))

# === count and subn ===
print(re.sub('a', 'A', 'banana', count=2), re.subn('a', 'A', 'banana'), re.subn('z', 'Z', 'abc'))

# === empty matches ===
print(re.sub('x*', '-', 'abxd'), re.sub('', '.', 'abc'))

# === case-insensitive with flags ===
print(re.sub('cat', 'dog', 'Cat cat CAT', flags=re.I))

# === escaping replacement strings ===
print(re.sub('a', re.escape('$1.00'), 'pay a'), re.sub('a', lambda m: '\\n', 'a'))

# === returning non-str errors ===
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)

# === markdown-ish links ===
text = 'See [docs](http://x.io) and [home](/)'
print(re.sub(r'\[([^\]]+)\]\(([^)]+)\)', lambda m: f'{m[1]} <{m[2]}>', text))

# === counting with a closure ===
seen = []
def record(m):
    seen.append(m.start())
    return m.group()
re.sub('o', record, 'foo boo')
print(seen)
