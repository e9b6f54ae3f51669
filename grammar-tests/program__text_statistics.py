text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

# === normalize and count words ===
words = []
for raw in text.split():
    w = "".join(ch for ch in raw.lower() if ch.isalpha())
    if w:
        words.append(w)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print("words:", len(words), "unique:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:<8}{c:>3} {'*' * c}")

# === bigrams ===
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
common = [bg for bg, c in bigrams.items() if c >= 4]
print(sorted(common))

# === sentence-ish stats ===
clauses = [c.strip() for c in text.replace("\n", " ").split(",")]
lengths = [len(c.split()) for c in clauses if c]
print("clauses:", len(lengths), "avg words:", round(sum(lengths) / len(lengths), 2), "longest:", max(lengths))

# === letter frequency, top vowels and consonants ===
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
vowels = sorted((c for c in letters if c in "aeiou"), key=lambda c: (-letters[c], c))
cons = sorted((c for c in letters if c not in "aeiou"), key=lambda c: (-letters[c], c))[:5]
print(vowels, cons)
print("capitalized:", sorted({w.strip(",.") for w in text.split() if w[0].isupper()}))
