# allow-import: re
import re

# === flag reprs ===
print(re.IGNORECASE, re.I, repr(re.M))
print(re.I | re.M, re.S | re.X | re.I)
print(re.A, re.U, re.NOFLAG)
print(int(re.I), re.I.value, re.I.name, (re.I | re.M).name)

# === flags are ints ===
print(re.I == 2, re.I + 0, re.I | 0, isinstance(re.M, int))
print(type(re.I).__name__, re.RegexFlag)

# === flags in compiled patterns ===
p = re.compile(r'^a.b$', re.I | re.M | re.S)
print(p)
print(p.flags & re.I != 0, p.flags & re.X != 0)
print(p.findall('A\nB\naxb\nAYB'))

# === flags as numbers still work ===
print(re.findall('x', 'XxX', 2), re.findall('x', 'XxX', flags=re.I))

# === inline flags ===
print(re.compile('(?i)abc').flags & re.I != 0, re.compile('(?m)^x').flags & re.M != 0)
