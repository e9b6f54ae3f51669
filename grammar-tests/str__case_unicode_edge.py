# === special casing ===
for s in ["ß", "ǅ", "İ", "ΑΣ", "aΣ b", "ﬃ", "ŉ", "ǰ", "ΐ", "Ω", "K"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()), repr(s.capitalize()))

# === final sigma depends on the neighbours ===
for s in ["ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ", "Σ", "ΑΣ.", "Α.Σ", "ΣΑ"]:
    print(s, s.lower())

# === sorting with case-insensitive keys keeps ties stable ===
print("".join(sorted("Mississippi", key=str.lower)), sorted(["b", "B", "a", "A"], key=str.lower), sorted(["b", "B", "a", "A"], key=str.casefold))
