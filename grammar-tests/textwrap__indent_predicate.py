# allow-import: textwrap
import textwrap

# === dedent ===
code = '''
    def f():
        return 1

    print(f())
'''
print(textwrap.dedent(code))
print(repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('  x\n   \n  y')))

# === indent ===
print(textwrap.indent('a\nb\n\nc', '> '))
print(textwrap.indent('a\n  \nb', '+', lambda line: True))
print(repr(textwrap.indent('one\ntwo', '--', lambda l: 'o' in l[1:])))

# === email quoting ===
reply = 'Thanks for the note.\nSee you soon.'
print(textwrap.indent(textwrap.fill(reply, 20), '> '))
