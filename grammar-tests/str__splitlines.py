# === line boundaries ===
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(), "".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("a\nb\r\nc\n".splitlines(keepends=True), "x\r\n\r\ny".splitlines(True))

# === versus split ===
text = "first\nsecond\n"
print(text.split("\n"), text.splitlines())

# === counting non-empty lines ===
doc = """Title

para one
para two

end
"""
lines = doc.splitlines()
print(len(lines), [i for i, l in enumerate(lines, 1) if not l.strip()], sum(1 for l in lines if l))

# === errors ===
try:
    "a".splitlines("x")
except TypeError as e:
    print(type(e).__name__, e)
