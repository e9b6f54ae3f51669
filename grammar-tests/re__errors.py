# allow-import: re
import re

# === compile errors ===
bad = ["a**", "*a", "a|*", "(*)", "a{2}{3}", "(", ")", "a)", "[a", "[]", "[z-a]", r"[\d-z]",
       r"\q", "a\\", r"\x4", r"\u12", r"\U00110000", r"\8", r"(a)\2", r"(a\1)", "(?P<1a>x)",
       "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P<a", "(?z)", "a(?i)b", "(?<n>x)", "(?<=a+)b",
       "(?#abc", "(?(1)a|b)", "a{3,2}", r"\b*", "^*", "(?iz)", "(?i", "(?-x)", "(?i-:a)",
       "(?i-i:a)", "(?L)", "(?P>x)", "(?", "(?P<>x)", "[^]", "(a)(?(1)b|c|d)", "(?au)",
       "x\n(", "ab\ncd)"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled?!")
    except re.error as e:
        print(repr(p), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

# === other exception types ===
for f in [lambda: re.compile("x{4294967296}"),
          lambda: re.compile("a", re.ASCII | re.UNICODE),
          lambda: re.compile("a", re.LOCALE),
          lambda: re.compile(re.compile("a"), re.I),
          lambda: re.search(None, "x"),
          lambda: re.search(123, "x"),
          lambda: re.search("a", 123),
          lambda: re.search("a", b"a"),
          lambda: re.search("a"),
          lambda: re.compile("a").search(),
          lambda: re.compile("a").search("a", bogus=1),
          lambda: re.compile("a").search("a", 0, 1, 2),
          lambda: re.sub("a", 1, "abc"),
          lambda: re.sub("a", lambda m: 5, "abc"),
          lambda: re.sub("a", lambda m: 5, "xabc"),
          lambda: re.match("a", "a").group(2),
          lambda: re.match("a", "a").group("x"),
          lambda: re.match("a", "a").group(1.5),
          lambda: re.match("a", "a").start(3),
          lambda: re.match("a", "a")[1],
          ]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# === template errors ===
for t in [r"\2", r"\g<x>", r"\g<1", r"\g<>", r"\g<-1>", r"\q", "x\\", r"\g1", r"\g<a b>"]:
    try:
        print(repr(re.sub("(a)", t, "a")))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__ + ":", e)

# === is an Exception ===
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.compile("(")
except Exception as e:
    print("caught", type(e).__name__, e.args)

# === uncaught ===
re.findall("[", "x")
