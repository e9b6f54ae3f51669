# === digits, decimals, numerics beyond ascii ===
for s in ["٣", "²", "½", "Ⅻ", "一", "𝟙", "①", "߂", "൰", "¼"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())

# === letters and marks ===
for s in ["é", "e\u0301", "ß", "中文", "ǅ", "Ⅻ", "ª", "ʰ", "\u0345", "١٢٣"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())

# === spaces and printables ===
for s in ["\xa0", "\u2000", "\u200b", "\u3000", "\x1c", "\x85", "\u2028", "\ufeff", "\U000e0001", "€"]:
    print(repr(s), s.isspace(), s.isprintable())

# === int() accepts unicode digits ===
print(int("٣٤"), int("１２"), float("１.５"), int("\u0663\u0664") + 1)
