# Agent-shaped: collections.Counter word count over ~100 KB of text.
from collections import Counter

vocab = ["the", "agent", "tool", "call", "result", "error", "python", "data", "model",
         "step", "plan", "answer", "query", "search", "file", "value", "list", "dict"]
words = []
size = 0
i = 0
x = 12345
while size < 100000:
    x = (x * 1103515245 + 12345) % 2147483648  # deterministic LCG
    w = vocab[(x >> 16) % len(vocab)]
    if i % 7 == 0:
        w = w.upper()
    words.append(w)
    size += len(w) + 1
    i += 1
text = " ".join(words)

counts = Counter(text.lower().split())
lengths = Counter(len(w) for w in text.split())
print(len(text), len(counts), counts.most_common(3), lengths[4], sum(counts.values()))
