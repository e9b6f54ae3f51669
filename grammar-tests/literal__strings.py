# === quotes ===
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", "mixed 'quotes'", 'mixed "quotes"')

# === escapes ===
print("tab:\there")
print("newline:\nsecond line")
print("backslash: \\ done")
print("hex \x41\x42, octal \101\102, unicode \u00e9 \u03b1")
print(len("\n"), len("\\n"), len("\x00"))
print(repr("a\tb\nc\\d'e"))
print(repr('has "double"'), repr("has 'single'"), repr("both ' and \""))

# === raw strings ===
print(r"raw \n stays", R"C:\path\to\file")
print(len(r"\n"), repr(r"\d+"))

# === concatenation of adjacent literals ===
s = "abc" "def" 'ghi'
print(s)
msg = ("line one, "
       "line two")
print(msg)

# === multiline ===
text = """first
second
  third"""
print(text)
print(text.split("\n"))
print(repr("""a
b"""))
