# allow-import: string
from string import Template, capwords
import string

# === email templates filled from records ===
tmpl = Template("Dear $name,\nYour order #$order ships on ${day}. Total: $$$total.\n")
orders = [
    {"name": "Ann Lee", "order": 1001, "day": "Monday", "total": "19.99"},
    {"name": "bo chen", "order": 1002, "day": "Friday", "total": "5.00"},
]
for rec in orders:
    rec = dict(rec, name=capwords(rec["name"]))
    print(tmpl.substitute(rec), end="")

# === partial filling, then completing ===
partial = Template("$greeting, $who! Today is $day.").safe_substitute(greeting="Hi")
print(partial)
print(Template(partial).substitute(who="team", day="Tuesday"))

# === identifiers and validation of user-supplied templates ===
for text in ["$a + $b = ${c}", "cost: $$5 for $item", "broken $", "${x}${x}$y", "$1st"]:
    t = Template(text)
    valid = t.is_valid()
    ids = t.get_identifiers() if valid else None
    print(repr(text), valid, ids)

# === keyword arguments override the mapping ===
print(Template("$user@$host").substitute({"user": "root", "host": "localhost"}, host="example.org"))

# === building identifiers and slugs with the constants ===
def slugify(title):
    allowed = string.ascii_lowercase + string.digits + "-"
    s = "-".join(title.lower().split())
    return "".join(c for c in s if c in allowed)
print(slugify("Hello, World! 2024 Edition"), slugify("  Many   spaces here "))
print(all(c in string.hexdigits for c in "deadBEEF"), any(c in string.punctuation for c in "abc"))
print(string.capwords("o'neil mc-donald  jr."), string.capwords("a_b c_d", "_"))
