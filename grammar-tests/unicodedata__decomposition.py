# allow-import: unicodedata
import unicodedata as ud

# === canonical decompositions ===
for ch in 'éÅñçǅ':
    print(ch, repr(ud.decomposition(ch)))

# === compatibility decompositions with tags ===
for ch in ['ﬁ', '①', '½', '²', 'ｱ', '™', 'ℌ', '\u00a0', 'ﷺ', '㎏', 'ﹰ']:
    print(repr(ch), ud.decomposition(ch))

# === characters without one ===
print([ud.decomposition(c) for c in 'aZ1 '], repr(ud.decomposition('가')))

# === stripping accents via decomposition ===
def base_letter(ch):
    d = ud.decomposition(ch)
    if d and not d.startswith('<'):
        return chr(int(d.split()[0], 16))
    return ch
print(''.join(base_letter(c) for c in 'Crème brûlée à la façon'))

# === tags in a string ===
tags = {}
for ch in 'ﬁ①½²™ℌ\u00a0ｱ㎏':
    tag = ud.decomposition(ch).split()[0]
    tags.setdefault(tag, []).append(ch)
print(sorted(tags))

# === errors ===
try:
    ud.decomposition(5)
except TypeError as e:
    print('TypeError', e)
