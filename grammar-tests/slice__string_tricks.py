text = "The quick brown fox"

# === common idioms ===
print(text[:3], text[-3:], text[4:9], text[::-1])
print(text[::2], text[1::2], text[-1:-6:-1], text[100:], repr(text[5:2]))

# === palindromes and rotations ===
def is_pal(s):
    s = "".join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]

print([is_pal(w) for w in ["Racecar", "A man, a plan, a canal: Panama", "python"]])
word = "rotation"
print([word[i:] + word[:i] for i in range(0, len(word), 3)])

# === chunking ===
def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]

print(chunks("abcdefghij", 3), chunks("", 2), chunks("ab", 5))

# === slicing with computed bounds ===
line = "key = value with = signs"
idx = line.index("=")
print(repr(line[:idx].strip()), repr(line[idx + 1:].strip()))
path = "/usr/local/lib/python3.11/site.py"
print(path[path.rfind("/") + 1:], path[:path.rfind("/")], path[path.rfind(".") + 1:])

# === tuples and ranges slice too ===
t = tuple(range(10))
r = range(0, 100, 7)
print(t[2:5], t[::-4], r[3:6], r[::-1][:3], list(r[-2:]), r[::2])
