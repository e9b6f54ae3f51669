# allow-import: re
import re

# === lookahead ===
print(re.findall(r'\w+(?=,)', 'a, bb, ccc and d'))
print(re.findall(r'\d+(?!\d|px)', '10px 20 30em 4px'))

# === lookbehind ===
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'cost $12.50, tax $3, id 44'))
print(re.findall(r'(?<!-)\b\d+', '5 -6 7 -8 9'))

# === password rules ===
strong = re.compile(r'^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$')
for pw in ['Passw0rd!', 'password', 'SHORT1!a', 'NoDigits!!', 'ok1A?xyz']:
    print(pw, bool(strong.match(pw)))

# === thousands separators ===
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567890'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', 'total 9876543 items 12345'))

# === split keeping delimiters by lookaround ===
print(re.split(r'(?<=[a-z])(?=[A-Z])', 'camelCaseStringHere'))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'HTTPServerError').lower())

# === conditional-free alternatives ===
print(re.findall(r'\b(?!the\b)\w+', 'the cat saw the dog'))
