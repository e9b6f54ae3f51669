# allow-import: textwrap
import textwrap

text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Supercalifragilisticexpialidocious words wrap too.'

# === width and indents ===
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))

# === long words ===
print(textwrap.wrap('abcdefghijklmnopqrstuvwxyz', 10), textwrap.wrap('abcdefghijklmnop qr', 10, break_long_words=False))
print(textwrap.wrap('well-known multi-part hyphenated-words', 12), textwrap.wrap('well-known multi-part', 12, break_on_hyphens=False))

# === max_lines and placeholder ===
print(textwrap.wrap(text, 25, max_lines=2), textwrap.wrap(text, 25, max_lines=2, placeholder=' ~'))

# === whitespace handling ===
print(textwrap.wrap('a\tb  c\nd', 80), textwrap.wrap('a\tb', 80, expand_tabs=False), textwrap.wrap('  lead', 80, drop_whitespace=False))
print(textwrap.wrap('End. Next', 80, fix_sentence_endings=True), textwrap.wrap('', 10))

# === TextWrapper object ===
w = textwrap.TextWrapper(width=15, initial_indent='> ')
print(w.wrap('one two three four five six'), w.width)

# === errors ===
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
