# === different quote styles ===
name = "Ada"
print(f'single {name}')
print(f"double {name}")
print(f'''triple {name}''')
print(F"capital F {name}")
print(rf"raw \n {name}", fr"\t{name}")

# === multi-line f-strings ===
lang, year = "Python", 1991
report = (
    f"Language: {lang}\n"
    f"Year:     {year}\n"
    f"Age:      {2024 - year} years"
)
print(report)
block = f"""
<{lang.lower()}>
  <year>{year}</year>
</{lang.lower()}>"""
print(block)

# === dict and method access inside ===
user = {"name": "bob", "roles": ["admin", "dev"]}
print(f"{user['name'].title()} has roles: {', '.join(user['roles'])}")
print(f"{len(user['roles'])} role{'s' if len(user['roles']) != 1 else ''}")

# === f-string built in a loop ===
lines = []
for i, word in enumerate(["alpha", "beta", "gamma"], start=1):
    lines.append(f"{i:>2}. {word:<6}|{len(word)}")
print("\n".join(lines))

# === escapes and braces ===
print(f"{{}} {{{name}}} tab:\t{name}")
width = 8
print(f"{'|':>{width}}", f"{name!r:^{width}}")
print(f"{3 * '-'}{name}{'-' * 3}")
