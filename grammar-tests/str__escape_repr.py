# === repr chooses quotes and escapes ===
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "back\\slash", "\x00\x07\x1b", "\x7f\x80\x9f\xa0", "é ñ ü", "\u200b\u2028", "😀", "\U0001F600\U000E0001", "\ud7ff"]:
    print(repr(s), len(s), len(repr(s)))

# === str() vs repr() ===
s = "line1\nline2"
print(s)
print(repr(s))
print([s], (s,), {s: s})
print(str(["a'b"]), str(('"',)))
