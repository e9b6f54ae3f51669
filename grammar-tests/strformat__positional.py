# === automatic and explicit numbering ===
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "cd"), "{1} {0}".format("world", "hello"), "{}".format(), "{{}} {}".format("x"), "{{{}}}".format(5))
print("{0!r} {0!s} {0!a}".format("é"), "{:>5}|{:<5}|".format("a", "b"), "{0:^9.3f}".format(3.14159), "{2}{1}{0}".format(*"abc"))

# === reusing a template ===
row = "{:<10}{:>6}{:>10.2f}"
for item in [("apple", 3, 1.5), ("watermelon", 1, 3.999)]:
    print(row.format(*item))

# === errors ===
for call in [lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{} {1}".format(1, 2), lambda: "{5}".format(1), lambda: "{".format(), lambda: "}".format(), lambda: "{0!x}".format(1), lambda: "{:d}".format("a"), lambda: "{0:}}".format(1)]:
    try:
        print(call())
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
