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

# === type names in messages ===
for f in [lambda: re.compile("a").foo, lambda: re.match("a", "a").bar, lambda: len(re.compile("a")),
          lambda: re.compile("a") + 1, lambda: re.match("a", "a") < re.match("a", "a")]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(type(re.compile("a")), type(re.match("a", "a")), re.Pattern, re.Match)
print(type(re.compile("a")).__name__, type(re.finditer("a", "a")).__name__)
