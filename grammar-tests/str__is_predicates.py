# === ascii predicates ===
samples = ["abc", "ABC", "abc123", "123", "", " ", "\t\n", "a b", "_x", "x_1", "1x", "Hello", "3.14", "-5", "ÀÉ"]
for s in samples:
    print(f"{s!r:8} alpha={s.isalpha():d} alnum={s.isalnum():d} digit={s.isdigit():d} decimal={s.isdecimal():d} numeric={s.isnumeric():d} space={s.isspace():d} ident={s.isidentifier():d} ascii={s.isascii():d} print={s.isprintable():d}")

# === validating inputs ===
def classify(token):
    if token.isdigit():
        return "int"
    if token.replace(".", "", 1).isdigit():
        return "float"
    if token.isidentifier():
        return "name"
    return "other"
print([classify(t) for t in ["42", "4.2", "4.2.1", "name_1", "1name", "+", ""]])
