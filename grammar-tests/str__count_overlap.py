# === count is non-overlapping ===
print("aaaa".count("aa"), "abababa".count("aba"), "".count("a"), "abc".count(""), "aaa".count("a", 1), "aaa".count("a", -1), "aaa".count("a", 0, 2))

# === counting overlapping by hand ===
def count_overlapping(text, sub):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n
print(count_overlapping("aaaa", "aa"), count_overlapping("abababa", "aba"), count_overlapping("abc", "d"))

# === letter frequency ===
text = "the rain in spain stays mainly in the plain"
freq = {c: text.count(c) for c in sorted(set(text)) if c != " "}
print(freq)
print(sorted(freq, key=lambda c: (-freq[c], c))[:5], text.count("ain"), text.count("in"), text.count(" ") + 1)
