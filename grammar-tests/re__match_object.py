# allow-import: re
import re

m = re.search(r'(\w+)@(\w+)\.(com|org)', 'contact: ann@site.org today')

# === basic accessors ===
print(m.group(), m.group(0), m.group(1, 3), m.groups(), m[2])
print(m.start(), m.end(), m.span(), m.span(2), m.pos, m.endpos)
print(m.string, m.re.pattern, m.lastindex, m.lastgroup)

# === expand ===
print(m.expand(r'\2/\1 (\3)'), m.expand(r'\g<0>!'))

# === unmatched groups ===
m2 = re.match(r'(a)(b)?', 'ac')
print(m2.groups(), m2.span(2), m2.start(2), m2.group(2))

# === truthiness and None ===
print(bool(re.match('x', 'x')), re.match('x', 'y'))

# === pos and endpos ===
p = re.compile(r'\d+')
print(p.search('ab12cd345', 5).group(), p.match('12ab', 0, 1).group(), p.search('123', 1, 2))

# === match repr ===
print(re.match(r'\w+', 'hello world'))
print(re.search('b', 'abc'))

# === errors ===
for f in [lambda: m.group(5), lambda: m.group('x'), lambda: m.span(9)]:
    try:
        f()
    except IndexError as e:
        print('IndexError', e)
