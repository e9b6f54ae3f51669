# === normalising whitespace and punctuation ===
raw = "  Hello,\tWorld!!  This   is\na   test...  "
clean = " ".join(raw.split())
print(repr(clean), repr(clean.replace("!!", "!").replace("...", ".")), clean.count(" "))

# === a tiny template engine ===
def render(template, **values):
    out = template
    for k, v in values.items():
        out = out.replace("{{" + k + "}}", str(v))
    return out
print(render("Hi {{name}}, you owe {{amount}}. Bye {{name}}!", name="Ann", amount=12.5))
print(render("{{missing}} stays", other=1))

# === escaping ===
def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
print(html_escape('<a href="x">Tom & Jerry</a>'))

# === replace with count ===
s = "a-b-c-d-e"
print([s.replace("-", "+", n) for n in range(-1, 5)])
