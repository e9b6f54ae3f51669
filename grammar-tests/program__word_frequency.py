text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! Quick, quick -- the fox is gone. Is the dog lazy?
"""

# === normalise and tokenise ===
def tokenize(s):
    cleaned = []
    for ch in s.lower():
        cleaned.append(ch if "a" <= ch <= "z" or ch == " " else " ")
    return "".join(cleaned).split()

words = tokenize(text)
print(len(words), "words,", len(set(words)), "distinct")

# === count with a dict ===
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1

# === top words, ties broken alphabetically ===
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in top[:6]:
    bar = "#" * count
    print(f"{word:>6} {count:>2} {bar}")

# === words appearing once ===
singles = sorted(w for w, c in freq.items() if c == 1)
print("once:", singles)

# === length histogram ===
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))

# === first occurrence index ===
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(list(first_seen.items())[:5])

# === sentence stats ===
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print(len(sentences), [len(tokenize(s)) for s in sentences])
