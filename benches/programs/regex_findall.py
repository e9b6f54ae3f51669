# Agent-shaped: re.findall (emails, numbers, words) and re.sub over ~100 KB of text.
import re

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
chunks = []
i = 0
size = 0
while size < 100000:
    w = words[(i * 7) % 8]
    piece = w + str(i % 1000) + " " + (("contact " + w + "." + str(i) + "@example.com ") if i % 11 == 0 else "") + "value=" + str((i * 31) % 997) + "; "
    chunks.append(piece)
    size += len(piece)
    i += 1
text = "".join(chunks)

emails = re.findall(r"[a-z]+\.\d+@[a-z]+\.com", text)
numbers = re.findall(r"value=(\d+)", text)
tokens = re.findall(r"\b[a-z]+\d*\b", text)
dashed = re.sub(r"\d+", "#", text[:1000])
print(len(text), len(emails), emails[3], sum(int(n) for n in numbers), len(tokens), dashed[:40])
