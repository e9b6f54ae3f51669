# allow-import: re
import re

# === splitting ===
print(re.split(r'\s*[,;]\s*', 'a , b;c ;  d'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split('x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.split('[a-f]+', '0a3B9', flags=re.I))

# === groups in split ===
print(re.split(r'(-)|(\+)', '1-2+3'))

# === tokenizer ===
TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(\w+)|(.))')
def tokenize(s):
    out = []
    for num, name, op in TOKEN.findall(s):
        out.append(('NUM', num) if num else ('NAME', name) if name else ('OP', op))
    return out
print(tokenize('x = 3.5 * (y + 42)'))

# === splitlines style ===
print(re.split(r'\r?\n', 'a\r\nb\nc'))

# === Pattern.split ===
p = re.compile(r'\d')
print(p.split('a1b2c3'), p.split('a1b2c3', 2))
