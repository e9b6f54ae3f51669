# allow-import: re
import re

# === \N{NAME} escapes ===
print(re.findall(r'\N{EM DASH}|\N{EN DASH}', 'a—b–c-d'))
print(re.sub(r'[\N{LATIN SMALL LETTER A}-c]', '*', 'abcd'), re.search(r'\N{snowman}+', 'x☃☃y').span())
print(re.fullmatch(r'\N{DEGREE SIGN}[CF]', '°C') is not None, re.split(r'\s*\N{BULLET}\s*', 'one • two•three'))

# === other escapes ===
print(re.findall(r'\x41\u0042\U00000043\101', 'ABCA'), re.findall(r'[\t\n]', 'a\tb\nc'), re.match(r'\0', '\x00') is not None)

# === escape errors ===
for p in ['\\N', '\\N{', '\\N{}', '\\N{EM DASH', '\\N{NOT A REAL NAME}', '\\u12', '\\x1', '\\U0011000', '\\q', '[\\9]', '\\777']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e)

# === group name errors ===
for p in ['(?P<', '(?P=', '(?P<>a)', '(?P=)', '(?P<a', '(?P=a', '(?P<a-b>x)', '(?(', '(?()a)', '(?(a', '(?(1a)b)']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e)
