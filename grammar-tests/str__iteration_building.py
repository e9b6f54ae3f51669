# === iterating characters ===
word = "Mississippi"
counts = {}
for ch in word.lower():
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([c for c in "héllo wörld" if not c.isascii()], list(enumerate("abc")), [ord(c) for c in "AZaz"])

# === building strings efficiently ===
parts = []
for i in range(5):
    parts.append(f"item{i}")
print(", ".join(parts), "".join(sorted("python")), "".join(c * 2 for c in "abc"), "-".join("abc"))

# === run-length encoding ===
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddd"), rle(""), rle("abc"))

# === word statistics ===
text = "The quick brown fox. The lazy dog! Quick, quick."
words = [w.strip(".,!").lower() for w in text.split()]
print(len(words), len(set(words)), max(words, key=words.count), sorted(set(words), key=lambda w: (-words.count(w), w))[:3])
print(text.title(), text.swapcase()[:15], text.count("The"), text.lower().count("quick"))
