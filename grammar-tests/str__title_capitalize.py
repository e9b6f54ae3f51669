# === title() word boundaries are any non-letter ===
for s in ["hello world", "HELLO WORLD", "hello-world", "o'neil", "x1y2z3", "3d printer", "élan vital", "ǆungla", "mcdonald's", "  spaced  out  ", "a_b c.d"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())

# === a smarter title case ===
SMALL = {"a", "an", "the", "of", "and", "in"}
def headline(text):
    words = text.lower().split()
    return " ".join(w if i and w in SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))
print(headline("the lord of the rings"), "|", headline("a tale OF two cities"), "|", headline("don't stop"))
