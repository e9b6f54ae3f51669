# === identifiers ===
for s in ["name", "_private", "__dunder__", "CamelCase", "snake_case_2", "2fast", "has-dash", "has space", "", "π", "变量", "naïve", "x\u0301", "a.b", "True", "class", "_", "ℌ"]:
    print(repr(s), s.isidentifier())

# === building safe variable names ===
def to_identifier(text):
    out = "".join(c if c.isalnum() or c == "_" else "_" for c in text.strip())
    if not out or not (out[0].isalpha() or out[0] == "_"):
        out = "_" + out
    return out
for t in ["first name", "2nd place", "e-mail", "ok", "", "ünïcode"]:
    ident = to_identifier(t)
    print(repr(t), repr(ident), ident.isidentifier())
