# allow-import: unicodedata
import unicodedata

# === normalise user input before comparing ===
names = ["Zoë", "Zoe\u0308", "ZOË", "Ｚｏë"]
keys = [unicodedata.normalize("NFKC", n).casefold() for n in names]
print(keys, len(set(keys)))

# === classify characters of a messy string ===
text = "Price: 12€ (≈ 13$) — café № 5\u200b!"
summary = {}
for ch in text:
    cat = unicodedata.category(ch)
    summary[cat[0]] = summary.get(cat[0], 0) + 1
print(sorted(summary.items()))
print([(ch, unicodedata.category(ch)) for ch in "€≈—№\u200b"])
print("".join(ch for ch in text if unicodedata.category(ch) != "Cf"))

# === remove accents but keep base letters ===
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
print(fold("Ça va très bien, señor Müller"))

# === digits from other scripts ===
for s in ["٣٤٥", "१२३", "１２３", "123"]:
    print(s, int("".join(str(unicodedata.decimal(c)) for c in s)), [unicodedata.name(c) for c in s[:1]])

# === names round trip ===
for ch in "aZ9 ~é😀":
    name = unicodedata.name(ch)
    print(name, unicodedata.lookup(name) == ch)
