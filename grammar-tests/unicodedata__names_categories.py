# allow-import: unicodedata
import unicodedata as ud

# === names and lookup ===
for ch in ['a', 'Ω', '€', '中', '😀', '\u0301', ' ']:
    print(repr(ch), ud.name(ch))
print(ud.lookup('SNOWMAN'), ud.lookup('latin small letter sharp s'), ud.name('\x00', 'no name'))

# === categories ===
print([(c, ud.category(c)) for c in 'aA1 .\n€\u0301中_'])

# === numeric values ===
print(ud.numeric('½'), ud.numeric('Ⅻ'), ud.digit('²'), ud.decimal('٣'), ud.numeric('x', -1))

# === combining classes ===
print([ud.combining(c) for c in 'a\u0301\u0327\u05b0'])

# === version ===
print(ud.unidata_version)

# === errors ===
for f, arg in [(ud.name, '\x00'), (ud.lookup, 'NO SUCH CHARACTER'), (ud.decimal, 'x'), (ud.digit, 'x'), (ud.numeric, 'x')]:
    try:
        f(arg)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    ud.category('')
except TypeError as e:
    print('TypeError', e)
