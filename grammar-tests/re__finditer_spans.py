# allow-import: re
import re

# === spans of all matches ===
text = 'The rain in Spain stays mainly in the plain'
for m in re.finditer(r'\w*ain\w*', text):
    print(m.span(), m.group())

# === overlapping via lookahead ===
print([m.start() for m in re.finditer(r'(?=aa)', 'aaaa')])

# === highlighting ===
def highlight(text, word):
    out, last = [], 0
    for m in re.finditer(re.escape(word), text, re.I):
        out.append(text[last:m.start()])
        out.append('[' + m.group() + ']')
        last = m.end()
    out.append(text[last:])
    return ''.join(out)
print(highlight('Python is great; PYTHON is fun', 'python'))

# === findall shapes ===
print(re.findall(r'\d', 'a1b2'), re.findall(r'(\d)', 'a1b2'), re.findall(r'(\w)(\d)', 'a1b2'))
print(re.findall(r'(a)|b', 'ab'))

# === line numbers of matches ===
src = 'x = 1\ny = foo()\nz = foo(bar())\n'
for m in re.finditer(r'\w+\(', src):
    line = src.count('\n', 0, m.start()) + 1
    print(line, m.group()[:-1])

# === Pattern methods with bounds ===
p = re.compile('o')
print([m.start() for m in p.finditer('foo boo', 2)], p.findall('foo boo', 0, 3))
