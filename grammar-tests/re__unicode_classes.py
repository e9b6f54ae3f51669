# allow-import: re
import re

# === \w \d \s are unicode by default ===
print(re.findall(r'\w+', 'naïve café 東京 Straße'))
print(re.findall(r'\d', '1٣۵'), re.findall(r'\s', 'a\u00a0b\tc'))

# === ASCII flag ===
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\d', '1٣', re.ASCII))

# === case-insensitive unicode ===
print(re.findall('straße', 'STRASSE Straße', re.I), re.match('ǅ', 'ǆ', re.I) is not None)
print(re.findall(r'[a-z]+', 'ÀbC', re.I))

# === character classes ===
print(re.findall(r'[^\W\d_]+', 'ab_12cd3é'))
print(re.findall(r'[\u4e00-\u9fff]+', 'mix 中文 text 漢字'))

# === word boundaries with unicode ===
print(re.findall(r'\bé\w*', 'été éclair arrêt'))

# === emoji and astral characters ===
print(re.findall(r'[\U0001F600-\U0001F64F]', 'hi 😀 there 😃!'), len(re.sub('.', 'x', '😀a')))
