# allow-import: unicodedata
import unicodedata as ud

samples = ['é', 'e\u0301', 'ﬁ', '①', 'Å', 'Å', '한', '\u1100\u1161\u11a8', 'x²', 'Ａｂｃ', 'ﷺ']

# === all four forms ===
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    out = [ud.normalize(form, s) for s in samples]
    print(form, [len(o) for o in out])
    print('  ', [ascii(o) for o in out])

# === is_normalized ===
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print(form, [ud.is_normalized(form, s) for s in samples[:6]])

# === comparing user input ===
a, b = 'caf\u00e9', 'cafe\u0301'
print(a == b, ud.normalize('NFC', a) == ud.normalize('NFC', b), len(a), len(b))

# === casefold plus NFKD for search ===
def fold(s):
    return ''.join(c for c in ud.normalize('NFKD', s.casefold()) if not ud.combining(c))
print(fold('Ｓｔｒａßｅ'), fold('Ångström'), fold('ﬁnal'))

# === errors ===
try:
    ud.normalize('NFX', 'a')
except ValueError as e:
    print('ValueError', e)
try:
    ud.normalize('NFC', b'a')
except TypeError as e:
    print('TypeError', e)
