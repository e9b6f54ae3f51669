# allow-import: re
import re

SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join(f'(?P<{name}>{pat})' for name, pat in SPEC))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT'}

# === tokenize a program ===
def tokenize(code):
    line, start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            start = m.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line}')
        yield kind, value, line, col

code = '''IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;'''
for tok in tokenize(code):
    print(tok)

# === error reporting ===
try:
    list(tokenize('x := 1 $ 2'))
except RuntimeError as e:
    print('RuntimeError', e)
