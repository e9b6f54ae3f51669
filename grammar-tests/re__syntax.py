# allow-import: re
import re

def show(p, s, flags=0):
    try:
        print(repr(p), [m.group(0) for m in re.finditer(p, s, flags)])
    except re.error as e:
        print(repr(p), "error:", e)

# === classes ===
show(r"[aeiou]", "education")
show(r"[^aeiou\s]+", "the rhythm of life")
show(r"[]a]", "a]b")
show(r"[a-]", "a-b")
show(r"[-a]", "-ab")
show(r"[\]\\]", "a]\\b")
show(r"[\[]", "a[b")
show(r"[&&]", "a&&b")
show(r"[~]", "a~b")
show(r"[\d.]+", "v1.25 and 3.0")
show(r"[\w-]+", "foo-bar baz_9")
show(r"[\s\d]", "a 1\tb")
show(r"[\D]", "a1")
show(r"[^\W\d]+", "abc123def")
show(r"[\x41-\x43]", "ABCD")
show(r"[\u00e0-\u00e9]", "àbé")
show(r"[\n]", "a\nb")
show(r"[\b]", "a\bb")

# === escapes ===
show(r"\x41\u0042\U00000043", "ABC")
show(r"\101", "A")
show(r"\0", "a\0b")
show(r"\t", "a\tb")
show(r"\.", "a.b")
show(r"\-\#\ ", "-# ")
show(r"\s+", "a \t\n\x0b\x0c\r\x1c\u2003b")
show(r"\S+", "ab cd")
show(r"\d+", "12 ٣٤ x")
show(r"\d+", "12 ٣٤ x", re.ASCII)
show(r"\w+", "x² ab_c")
show(r"\bcat\b", "cat concat cat.")
show(r"\Bcat", "cat concat")
show(r"\Aab", "abab")
show(r"ab\Z", "abab")

# === quantifiers ===
show(r"a{2}", "aaaaa")
show(r"a{2,}", "a aa aaaa")
show(r"a{,2}", "aaa")
show(r"a{1,2}?", "aaa")
show(r"x{a}", "x{a}")
show(r"a{}", "a{}")
show(r"a{1", "a{1")
show(r"a{,}", "aaa")
show(r"\d+?", "123")
show(r"<.*?>", "<a><b>")
show(r"<.*>", "<a><b>")
show(r"a++", "aaa")
show(r"(?>a+)b", "aaab")
show(r"a*+a", "aaa")

# === groups and alternation ===
show(r"(?:ab)+", "ababab ab")
show(r"cat|category", "category")
show(r"(a|ab)(c|bcd)(d*)", "abcd")
show(r"(\w)\1", "hello bookkeeper")
show(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\"")
show(r"(?P<a>x)(?P=a)", "xx xy")
show(r"(?#comment)ab", "ab")
show(r"a(?#comment)*", "aaa")
show(r"(?=\d{3})\d", "12345")
show(r"\d(?!\d)", "12 345")
show(r"(?<=\$)\d+", "$12 and 34")
show(r"(?<!-)\b\d+", "-5 7")
show(r"(<)?\w+(?(1)>)", "<a> b <c")
show(r"(?P<q>\()?x(?(q)\))", "(x) x")
show(r"\d+(?=px)|\d+(?=em)", "10px 2em 3")

# === case-insensitive backreferences ===
show(r"(?i)(a)\1", "xaAy aa")
show(r"(\w+) \1", "Hello hello HELLO hello", re.I)
show(r"(?P<w>ab)(?P=w)", "abAB abab", re.IGNORECASE)
