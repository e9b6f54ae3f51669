# === ascii case ===
s = "hello WORLD, it's 3pm"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("they're bill's friends".title(), "o'neil mc-donald".title(), "3rd place".title(), "hELLO".capitalize(), "".title(), "a1b2".title())

# === unicode case ===
print("straße".upper(), "Straße".casefold(), "ǅemal".lower(), "ǆ".title(), "İstanbul".lower(), len("İ".lower()), "ﬁne".upper(), "ΣΊΣΥΦΟΣ".lower())
print("ß".capitalize(), "ﬁx".capitalize(), "ŉ".upper(), "éCOLE".capitalize(), "ǳ".upper(), "ǳ".swapcase())

# === case-insensitive matching ===
names = ["Zoë", "adam", "Émile", "bob", "STRASSE", "straße"]
print(sorted(names, key=str.casefold))
print("STRASSE".casefold() == "straße".casefold(), "STRASSE".lower() == "straße".lower())
print({n.casefold() for n in ["A", "a"]} == {"a"})

# === is-case predicates ===
for w in ["HELLO", "hello", "Hello World", "Hello world", "123", "HELLO123", "ǅ", ""]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
