# allow-import: textwrap
import textwrap

text = 'The quick brown fox jumps over the lazy dog and keeps running far away'

# === shorten ===
for w in [15, 20, 30, 80]:
    print(repr(textwrap.shorten(text, width=w)))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten(text, 25, placeholder='...'))
print(repr(textwrap.shorten('   ', 10)))

# === errors ===
try:
    textwrap.shorten(text, 3)
except ValueError as e:
    print('ValueError', e)
