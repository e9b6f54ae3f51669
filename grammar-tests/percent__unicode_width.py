# === padding counts code points ===
for s in ["abc", "日本", "é", "😀x", ""]:
    print("[%5s] [%-5s] [%.1s]" % (s, s, s), len(s))

# === %c with unicode and ints ===
print("%c%c%c" % ("日", 0x672C, "語"), "%c" % 0x1F600, "%5c|" % "x", "%-3c|" % 65)

# === %a escapes ===
print("%a %a %a" % ("日本", "é", "plain"), "%r" % "日本")
