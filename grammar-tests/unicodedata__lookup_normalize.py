# allow-import: unicodedata
import unicodedata

# === names and lookup ===
for ch in ["A", "a", "é", "€", "ß", "Ω", "😀", " ", "_", "가", "一", "٣", "½"]:
    print(repr(ch), unicodedata.name(ch), unicodedata.category(ch))
print(unicodedata.lookup("LATIN SMALL LETTER A WITH ACUTE"), unicodedata.lookup("latin small letter a"), unicodedata.lookup("SNOWMAN"))
print(unicodedata.name("\x00", "<no name>"), unicodedata.name("\n", None))

# === categories ===
print([unicodedata.category(c) for c in "Aa1 .,-(\t\u0301\u00a0$+^~\u2028"])

# === numeric values ===
for ch in ["7", "٣", "²", "½", "Ⅻ", "①", "万", "x"]:
    print(repr(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))

# === combining classes ===
print([unicodedata.combining(c) for c in "a\u0301\u0327\u05b0"])

# === normalization ===
s = "Cafe\u0301 déjà vu ﬁ ① Ｆｕｌｌ"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = unicodedata.normalize(form, s)
    print(form, len(n), ascii(n), unicodedata.is_normalized(form, n), unicodedata.is_normalized(form, s))
print(unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.normalize("NFD", "é") == "e\u0301")
print(unicodedata.unidata_version)

# === agent-style: strip accents and compare case-insensitively ===
def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
words = ["Crème Brûlée", "naïve", "Ångström", "façade", "Zürich"]
print([strip_accents(w) for w in words])
print(sorted(words, key=lambda w: strip_accents(w).lower()))
print(sum(1 for c in "Hello, World! 123" if unicodedata.category(c).startswith("L")))

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: unicodedata.name(5))
attempt(lambda: unicodedata.name("ab"))
attempt(lambda: unicodedata.name("\x01"))
attempt(lambda: unicodedata.lookup("NOT A REAL NAME"))
attempt(lambda: unicodedata.category("ab"))
attempt(lambda: unicodedata.numeric("a"))
attempt(lambda: unicodedata.decimal("a"))
attempt(lambda: unicodedata.digit("½"))
attempt(lambda: unicodedata.normalize("NFX", "a"))
attempt(lambda: unicodedata.normalize("NFC", 5))
attempt(lambda: unicodedata.combining("ab"))
attempt(lambda: unicodedata.name())
