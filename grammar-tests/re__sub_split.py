# allow-import: re
import re

# === sub with templates ===
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "ada@example.com, bob@test.com"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-03-15."))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"))
print(re.sub(r"(\d)", r"\g<0>\g<0>", "a1b2"))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace  "))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"x", r"[\-\.]", "axb")))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
print(re.sub(r"a", r"\101\0", "bab"))

# === sub with count / subn ===
print(re.sub(r"o", "0", "foo boo", count=2))
print(re.sub(r"o", "0", "foo boo", 1))
print(re.subn(r"o", "0", "foo boo"))
print(re.subn(r"z", "0", "foo"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"a*?", "-", "baac"))
print(re.sub(r"", "|", "abc"))
print(re.sub(r"o", "0", "foo", count=-1))

# === sub with a function ===
def shout(m):
    return m.group(0).upper()
print(re.sub(r"\b[a-z]", shout, "make each word title case"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 apple, 20 pears"))
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ada", "age": "36"}.get(m.group(1), m.group(0)),
             "Hi {name}, you are {age} ({unknown})"))
print(re.sub(r"a", lambda m: None, "banana"))
print(re.compile(r"(\w)(\w)").sub(lambda m: m.group(2) + m.group(1), "abcdef"))

# === split ===
print(re.split(r"\s*,\s*", "a , b,c ,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\d", "a1b2c3"))
print(re.split(r"\d", "a1b2c3", maxsplit=2))
print(re.split(r"\d", "a1b2c3", 1))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"[;:]", ""))
print(re.split(r"\W+", "Words, words, words."))
print(re.compile(r"\s+").split("  a b  "))
print(re.split(r"a", "bab", maxsplit=-1))

# === escape ===
print(re.escape("1+1=2? (maybe) [x] {y} a.b*c ^$ | \\ # & ~ -"))
print(re.escape("tab\tnew\nline é"))
needle = "3.14 (pi)"
print(re.findall(re.escape(needle), "a 3.14 (pi) b 3x14 (pi)"))
