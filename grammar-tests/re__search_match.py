# allow-import: re
import re

# === search / match / fullmatch ===
print(re.search(r"\d+", "order 66 shipped"))
print(re.match(r"\d+", "order 66"))
print(re.match(r"\w+", "order 66"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-12345"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.search(r"^b", "ab"), re.search(r"b$", "ab\n"), re.search(r"b\Z", "ab\n"))
print(re.search("", "abc"))

# === match objects ===
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail: ada@example.com now")
print(m.group(), m.group(0), m.group(1), m.group("host"))
print(m.group(1, 2), m.group("user", 0))
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.span(2), m.start("host"), m.end(1))
print(m[0], m[1], m["user"])
print(m.string, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.re.pattern, m.re.groups, m.re.groupindex)
print(bool(m), type(m).__name__)

# === optional groups ===
m = re.match(r"(\d+)(?:\.(\d+))?(px|em)?", "12")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(3), m.lastindex)
m = re.match(r"(a)(b)?", "a")
print(m.lastindex, m.groupdict())
m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.span(1), m.span(2))
m = re.match(r"(?P<outer>(?P<inner>x)y)", "xy")
print(m.lastgroup, m.lastindex)

# === unicode positions ===
m = re.search(r"wörld", "héllo wörld ☃ x")
print(m.span(), m.group())
m = re.search(r"☃ (\w)", "héllo wörld ☃ x")
print(m.span(), m.span(1), m.group(1))
print(re.findall(r"\w+", "naïve café 日本 x_1"))
print([m.span() for m in re.finditer(r"é", "éaé")])

# === pattern methods with pos/endpos ===
p = re.compile(r"\d+")
print(p.search("ab12cd345", 4), p.search("ab12cd345", 0, 3), p.search("ab12cd345", 3, 100))
print(p.match("ab12", 2), p.match("ab12", 1), p.fullmatch("ab12", 2))
print(p.findall("1 22 333 4444", 2, 8))
print(re.compile(r"^\w").search("ab", 1), re.compile(r"\b\w").search("ab", 1))

# === reprs ===
print(repr(re.match("a" * 60, "a" * 60)))
print(repr(re.search("x", "yxz")))
print(re.compile(r"\d+"), re.compile("a", re.I | re.M), re.compile("b", re.S | re.X))
print(re.compile("é", re.A))
