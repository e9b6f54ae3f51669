# === simple escapes ===
samples = ["\a", "\b", "\f", "\n", "\r", "\t", "\v", "\\", "\'", "\"", "\0"]
print([ord(s) for s in samples])
print(repr("".join(samples)))

# === octal and hex escapes ===
print("\101\102\103", "\x41\x62", "\7" == "\x07", "\177" == "\x7f", len("\1234"))

# === unicode escapes ===
print("\u00e9t\u00e9", "\U0001F600" == chr(0x1F600), "\N{GREEK SMALL LETTER ALPHA}", "\N{BULLET}")
print(len("\U0001F600"), ascii("caf\u00e9 \U0001F600"))

# === line continuation inside strings ===
s = "abc\
def"
print(s, len(s))
t = """first
second\
 joined
third"""
print(repr(t))

# === raw strings keep backslashes ===
print(r"\n\t\\", len(r"\n"), r"\x41", rb"\x41", r"\N{BULLET}")
print(r"a\"b", len(r"a\"b"))

# === bytes literals ===
print(b"abc", b"\x00\xff", b"\n", list(b"AZ"), B"x" + b'y', br"\d")
print(b"\101", len(b"\x00\x01"), b"a\tb")
