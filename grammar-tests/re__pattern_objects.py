# allow-import: re
import re

# === attributes ===
p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]*)")
print(p.pattern, p.groups, p.groupindex, p.flags)
print(re.compile("a", re.I).flags, re.compile("(?ms)a").flags, re.compile("a", re.A).flags)
print(re.compile("(?x) a").flags == re.X | re.U)
print(isinstance(p, re.Pattern), type(p).__name__)
print(re.compile(p) is p)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))

# === methods ===
conf = "host = example.org; port= 8080 ;debug=true"
for m in p.finditer(conf):
    print(repr(m.group("key")), repr(m.group("value").strip()))
print(dict(p.findall(conf)))
print(p.sub(r"\g<key>:\g<value>", conf))
print(p.subn("X", conf))
print(p.split(conf))
print(p.match(conf).groupdict())
print(p.fullmatch("a=b"), p.fullmatch("a=b;"))
print(p.search(conf, 20).group())

# === Match.expand and groups default ===
m = re.match(r"(\w+) (\w+)?", "hello ")
print(m.expand(r"[\1|\2]"), m.groups(), m.groups(default="?"))
print(m.groupdict(), re.match(r"(?P<a>x)?y", "y").groupdict("none"))
print(isinstance(m, re.Match), type(m).__name__)
print(m.regs)

# === flags constants ===
print([int(f) for f in (re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DOTALL, re.VERBOSE, re.T, re.DEBUG)])
print(int(re.I | re.M), re.MULTILINE == 8, re.I | re.M == 10)

# === module cache and purge ===
for _ in range(3):
    assert re.match(r"\d+", "42").group() == "42"
re.purge()
print(re.match(r"\d+", "42").group())
