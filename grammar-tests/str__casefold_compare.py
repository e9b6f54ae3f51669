# === caseless comparison ===
pairs = [("Straße", "STRASSE"), ("ǅ", "ǆ"), ("ΣΑΣ", "σας"), ("ﬁ", "FI"), ("İ", "i̇"), ("Hello", "hELLO"), ("µ", "μ")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper() == b.upper())

# === case-insensitive dedupe keeping first spelling ===
names = ["Anna", "anna", "ANNA", "Bob", "bob", "Straße", "STRASSE"]
seen = {}
for n in names:
    seen.setdefault(n.casefold(), n)
print(list(seen.values()))

# === lengths change under case mapping ===
for s in ["ß", "ﬃ", "İ", "ŉ", "ΐ"]:
    print(repr(s), len(s), len(s.upper()), len(s.lower()), len(s.casefold()), s.upper(), s.casefold())
