# allow-import: string
import string

# === constants ===
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))

# === classifying characters with the constants ===
text = "Hello, World! 42 times\tover."
counts = {"letters": 0, "digits": 0, "punct": 0, "space": 0}
for ch in text:
    if ch in string.ascii_letters:
        counts["letters"] += 1
    elif ch in string.digits:
        counts["digits"] += 1
    elif ch in string.punctuation:
        counts["punct"] += 1
    elif ch in string.whitespace:
        counts["space"] += 1
print(counts)
print("".join(c for c in text if c not in string.punctuation))
table = str.maketrans("", "", string.punctuation)
print(text.translate(table))

# === capwords ===
print(string.capwords("the quick  brown\tfox"))
print(string.capwords("hELLO wORLD"))
print(string.capwords("a-b-c d", "-"))
print(string.capwords("  leading and trailing  "))
print(repr(string.capwords("")))

# === Template substitute ===
t = string.Template("Hello $name, you owe $$${amount} by ${day}.")
print(t.substitute(name="Ann", amount=12.5, day="Friday"))
print(t.substitute({"name": "Bob", "amount": 3, "day": "Monday"}))
print(t.substitute({"name": "Bob", "amount": 3}, day="Sunday", name="Cy"))
print(t.template)
print(t.get_identifiers())
print(t.is_valid())

# === safe_substitute keeps unknown placeholders ===
print(t.safe_substitute(name="Dee"))
print(string.Template("cost: $ 5 and $").safe_substitute())
print(string.Template("${a}${b}$c_d$e1").safe_substitute(a=1, c_d=2))

# === errors ===
try:
    t.substitute(name="Eve")
except KeyError as e:
    print("KeyError", e)
for bad in ["price: $5", "line1\nline2 $ x", "trailing $", "${bad name}"]:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError", e)
print(string.Template("a $ b").is_valid())

# === report generation ===
row = string.Template("| $item | $qty | $$$price |")
for item, qty, price in [("apple", 3, "1.20"), ("pear", 10, "0.75")]:
    print(row.substitute(item=item, qty=qty, price=price))
