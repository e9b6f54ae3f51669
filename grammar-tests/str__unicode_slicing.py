# === code points, not bytes ===
s = "naïve café 日本語 😀👍"
print(len(s), len(s.encode()), s[6:10], s[11:14], s[-2:], s[::-1], s[-1], s.index("日"), s.find("😀"))
print([len(w) for w in s.split()], [len(w.encode()) for w in s.split()], s.upper(), s.title())

# === combining characters are separate code points ===
e1 = "é"
e2 = "e\u0301"
print(len(e1), len(e2), e1 == e2, e2[0], repr(e2[1]), e2.upper(), repr(e2[::-1]))

# === truncating safely ===
def truncate(text, n):
    return text if len(text) <= n else text[: n - 1] + "…"
for t in ["short", "a longer sentence here", "日本語のテキストです"]:
    print(repr(truncate(t, 8)), len(truncate(t, 8)))

# === comparisons by code point ===
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra", "ästhetik"]), "ä" > "z", ord("ä"), min("日本語"), max("abcé"))
