# Case operations on non-ASCII text, where titlecase, full case folding and
# the final-sigma rule differ from plain upper/lower (found by tests/props.rs).

# === title: titlecase mappings, not uppercase ===
print(repr("ß".title()), repr("ﬁx ﬂy".title()), repr("ǆemal ǳ".title()))
print(repr("ŉ".title()), repr("ᾳ".title()), repr("ა".title()))

# === title, capitalize, swapcase: final sigma in context ===
print(repr("aΣ ".title()), repr("ΣΑΣ ΣΑΣ".title()), repr("aΣb".title()))
print(repr("ΟΔΟΣ".capitalize()), repr("ΟΔΟΣ.".swapcase()), repr("ΣΑ".swapcase()))
print(repr("ß".capitalize()), repr("ǆa".capitalize()), repr("ǅ".swapcase()))

# === casefold: full folding ===
for s in ["Straße", "ﬁ", "ΐ", "Ꭰꭰ", "µ", "ς", "ẞ"]:
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())

# === istitle, isupper, islower with titlecase letters ===
for s in ["ǅ", "ǅa", "Aǅ", "ǅ _\n-", "Hello World", "HeLLo", "ᾈ", "A1b", ""]:
    print(repr(s), s.istitle(), s.isupper(), s.islower())

# === isidentifier: XID_Start / XID_Continue, marks and exceptions ===
for s in ["ae\u0301", "e\u0301", "\u0301a", "a·b", "·a", "℘x", "x℘", "ͺ", "aͺ", "a\u0e33", "\u0e33",
          "a١", "١a", "a_", "_", "x\u200d", "ǅ", "ⅷ", "a⁀b", "a-b", "", "a b"]:
    print(repr(s), s.isidentifier())
