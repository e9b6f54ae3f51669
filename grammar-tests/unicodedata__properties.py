# allow-import: unicodedata
import unicodedata as ud

# === bidirectional classes ===
for ch in ['a', 'Z', '5', '٣', 'א', 'ب', ' ', '\n', '+', '-', '$', '.', '(', '\u0301', '\u200f']:
    print(repr(ch), ud.bidirectional(ch))

# === east asian width ===
for ch in ['a', 'Ａ', 'ｱ', '中', '한', '€', '°', '\u3000', '😀', 'é']:
    print(repr(ch), ud.east_asian_width(ch))

# === mirrored ===
print([ud.mirrored(ch) for ch in '()[]{}<>a«»'])

# === display width of a string ===
def width(s):
    return sum(2 if ud.east_asian_width(c) in 'WF' else 0 if ud.combining(c) else 1 for c in s)
for s in ['hello', '中文字', 'ｈｅｌｌｏ', 'cafe\u0301', 'mix中a']:
    print(s, len(s), width(s))

# === right-to-left detection ===
def has_rtl(s):
    return any(ud.bidirectional(c) in ('R', 'AL') for c in s)
print(has_rtl('hello'), has_rtl('שלום'), has_rtl('مرحبا world'))

# === errors ===
for f in (ud.bidirectional, ud.east_asian_width, ud.mirrored):
    try:
        f('ab')
    except TypeError as e:
        print('TypeError', e)
