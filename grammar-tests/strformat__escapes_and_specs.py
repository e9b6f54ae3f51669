# === brace escapes ===
print("{{}}".format(), "{{{0}}}".format(5), "{{0}}".format(5), "{0}{{".format(1), "}}{{".format(), "a{{b}}c{}".format("!"))

# === specs and nested specs ===
print("{:>{}}".format("x", 5), "{:{}{}{}}".format(3.14159, ">", 10, ".2f"), "{0:{fill}^{w}}".format("mid", fill="*", w=9), "{:{w}.{p}}".format(1 / 3, w=8, p=3))
print("{0:,}|{0:_}|{0:08.3f}|{0:e}".format(1234.5678), "{:#x} {:#o} {:#b}".format(255, 255, 255), "{:+} {:+} {: }".format(1, -1, 1))

# === generating a table with str.format ===
header = "{:<10}|{:^8}|{:>8}"
print(header.format("name", "qty", "price"))
print(header.replace("<", "-<").replace("^", "-^").replace(">", "->").format("", "", ""))
for name, qty, price in [("bolt", 100, 0.05), ("gear", 3, 12.5)]:
    print("{:<10}|{:^8d}|{:>8.2f}".format(name, qty, price))

# === errors ===
for tmpl in ["{:>{}}", "{0:{1}}", "{:{}{}}"]:
    try:
        print(tmpl.format("x"))
    except IndexError as e:
        print(type(e).__name__, e)
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
