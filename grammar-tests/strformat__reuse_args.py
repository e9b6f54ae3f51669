# === the same argument many times ===
print("{0}-{0}-{0}".format("ab"), "{0}{1}{0}".format("<", ">"), "{x}{y}{x}".format(x=1, y=2), "{0:>3}{0:<3}|".format("z"))

# === positional and keyword mixed ===
print("{0} {name} {1} {name!r}".format("a", "b", name="n"), "{} {k}".format(1, k=2), "{0[0]} {0[1]} {1.real}".format("xy", 3))

# === formatting a list of records with one template ===
tmpl = "{name:<6}{score:>6.1f}{grade:>3}"
for rec in [dict(name="ann", score=93.25, grade="A"), dict(name="bob", score=71.0, grade="C")]:
    print(tmpl.format(**rec))
print(tmpl.format_map({"name": "cy", "score": 88.88, "grade": "B"}))

# === unused arguments are fine ===
print("{0}".format(1, 2, 3), "{a}".format(a=1, b=2), "plain".format(1, x=2))
