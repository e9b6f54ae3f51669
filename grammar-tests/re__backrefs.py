# allow-import: re
import re

# === doubled words ===
print(re.findall(r'\b(\w+)\s+\1\b', 'this is is a test test of the the code'))

# === palindromes of length 3-5 ===
print([w for w in ['level', 'radar', 'hello', 'abba', 'abcba', 'xyz'] if re.fullmatch(r'(\w)(\w)?\w?\2\1', w)])

# === repeated characters ===
print(re.sub(r'(.)\1+', r'\1', 'aaabbbcccd'), re.findall(r'((.)\2{2,})', 'aaabcccccdd'))

# === html-ish tags ===
print(re.findall(r'<(\w+)>(.*?)</\1>', '<b>bold</b> <i>it</i> <b>x</i>'))

# === swap with numbered groups ===
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'ann@example.com, bob@test.com'))
print(re.sub(r'(\d+)-(\d+)', r'\g<2>-\g<1>', '10-20 3-4'))
print(re.sub(r'(a)', r'\g<0>\g<0>', 'banana'))

# === octal and escapes in templates ===
print(re.sub('x', r'\n', 'axb') == 'a\nb', re.sub('x', r'\\', 'axb'))

# === errors ===
for pat, repl in [(r'(a)', r'\2'), (r'(a)', r'\g<x>'), (r'a', '\\')]:
    try:
        re.sub(pat, repl, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.compile(r'(a)\2')
except re.error as e:
    print('re.error:', e)
