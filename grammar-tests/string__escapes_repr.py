# === repr of tricky strings ===
samples = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\there",
    "new\nline",
    "back\\slash",
    "nul\x00byte",
    "bell\x07",
    "del\x7f",
    "latin é",
    "emoji 🐍",
    "\r\n",
    "",
]
for s in samples:
    print(repr(s), len(s))

# === repr inside containers ===
print(samples[:4])
print({"k\n": "v\t"})

# === ascii() style via !a ===
for s in ["café", "🐍", "plain", "\x00"]:
    print(f"{s!a}")

# === str() is identity on strings ===
print(str("a\tb"), str("quote'"))

# === escape sequences produce single chars ===
print([ord(c) for c in "\a\b\f\n\r\t\v\\\'\""])
print("\N{GREEK SMALL LETTER ALPHA}" == "\u03b1", "\U0001F40D" == "🐍")
